"""Right: builds the overfitting remedies as set(REMEDIES) minus the ones that do not fit (bigger network, batch norm, and augmentation for inputs that are not images)."""

EXERCISE, VERDICT = 'overfitting.pick_remedies', 'done'

MUTATE = [
    ('        picked = {"more data", "dropout", "smaller network", "regularization"}\n        if inputs == "images":\n            picked.add("augmentation")\n        return picked',
     '        unfit = {"bigger network", "batch norm"}\n        if inputs != "images":\n            unfit |= {"augmentation"}\n        return set(REMEDIES) - unfit'),
]
