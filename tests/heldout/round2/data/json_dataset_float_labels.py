"""Wrong: Labels as float32; breaks '(float32 features vector, integer label)'."""
EXERCISE, VERDICT = "data.json_dataset", "wrong"
MUTATE = [
    ('(np.array(features, dtype="float32"), np.array(labels, dtype="int32")))',
     '(np.array(features, dtype="float32"), np.array(labels, dtype="float32")))'),
]
