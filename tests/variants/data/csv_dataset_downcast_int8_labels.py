"""Wrong: stores the labels as int8, as pandas' to_numeric(downcast="integer") does; breaks 'label: one integer (int32 or int64), a scalar'."""

EXERCISE, VERDICT, SAYS = "data.csv_dataset", "wrong", "label dtype"

MUTATE = [
    ('np.array(labels, dtype="int32")))\n\n\ndef json_dataset',
     'np.array(labels, dtype="int8")))\n\n\ndef json_dataset'),
]
