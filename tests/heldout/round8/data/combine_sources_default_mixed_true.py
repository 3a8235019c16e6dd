"""Wrong: changes the default to mixed=True, so a call without `mixed` shuffles the sources together; breaks 'mixed=False: every CSV example, then every JSON example' (False is the default)."""

EXERCISE, VERDICT = "data.combine_sources", "wrong"

MUTATE = [
    (
        'label_name="label", mixed=False):',
        'label_name="label", mixed=True):',
    ),
]
