"""Wrong: Named the remedy "data augmentation"; breaks 'Use the names in REMEDIES' ("augmentation")."""
EXERCISE, VERDICT = "overfitting.pick_remedies", "wrong"
MUTATE = [
    ('            picked.add("augmentation")',
     '            picked.add("data augmentation")'),
]
