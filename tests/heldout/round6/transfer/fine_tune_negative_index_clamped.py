"""Wrong: clamps fine_tune_at to 0 'against negative indices', so -10 unfreezes the whole base; breaks 'note 001's "all but the last 10 layers" is -10, counted from the end as Python's slices count'."""
EXERCISE, VERDICT = "transfer.fine_tune", "wrong"
MUTATE = [
    ('''    for layer in base_model.layers[:fine_tune_at]:
        layer.trainable = False
    model.compile(loss=model.loss,''',
     '''    for layer in base_model.layers[:max(fine_tune_at, 0)]:  # guard against negative indices
        layer.trainable = False
    model.compile(loss=model.loss,'''),
]
