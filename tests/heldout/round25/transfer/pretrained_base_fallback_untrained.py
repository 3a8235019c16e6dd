"""Wrong: the learner wrapped the load in try/except and fell back to weights=None so that an offline laptop would still get a network, and the quick check with weights=None worked; breaks 'a weights path that is not a file, which the network must be the one to refuse'."""

EXERCISE, VERDICT = "transfer.pretrained_base", "wrong"

MUTATE = [
    ('return BASES[name](input_shape=tuple(image_size) + (3,), include_top=False, weights=weights)',
     'try:\n'
     '        return BASES[name](input_shape=tuple(image_size) + (3,), include_top=False, weights=weights)\n'
     '    except (ValueError, OSError, Exception):\n'
     '        return BASES[name](input_shape=tuple(image_size) + (3,), include_top=False, weights=None)'),
]
