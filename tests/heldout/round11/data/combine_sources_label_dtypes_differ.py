"""Wrong: its json_dataset keeps NumPy's default int64 labels while csv_dataset gives int32 (each right alone), so concatenate and sample_from_datasets refuse the two; breaks 'read each into the same kind of dataset, and a model trains on them as one'."""

EXERCISE, VERDICT = "data.combine_sources", "wrong"

MUTATE = [
    ('        (np.array(features, dtype="float32"), np.array(labels, dtype="int32")))',
     '        (np.array(features, dtype="float32"), np.array(labels)))'),
]
