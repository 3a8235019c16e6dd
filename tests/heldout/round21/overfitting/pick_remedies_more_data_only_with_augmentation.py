"""Wrong: reads note 003's '訓練データを増やす、data 拡張を実行はほぼ同義' as one remedy and gives "more data" only with "augmentation", for images; breaks 'overfitting ...: "more data", "dropout", "smaller network", "regularization", and "augmentation" only when `inputs == "images"`'."""

EXERCISE, VERDICT = "overfitting.pick_remedies", "wrong"

MUTATE = [
    ('picked = {"more data", "dropout", "smaller network", "regularization"}\n        if inputs == "images":\n            picked.add("augmentation")',
     'picked = {"dropout", "smaller network", "regularization"}\n        if inputs == "images":\n            picked |= {"more data", "augmentation"}  # note 003: ほぼ同義'),
]
