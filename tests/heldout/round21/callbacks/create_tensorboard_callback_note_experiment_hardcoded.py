"""Wrong: wires dir_name but keeps note 001's "10_percent_feature_extract" as the experiment folder; breaks 'a keras.callbacks.TensorBoard whose log folder is dir_name / experiment_name / <timestamp>'."""
EXERCISE, VERDICT = "callbacks.create_tensorboard_callback", "wrong"
MUTATE = [
    ("log_dir=os.path.join(dir_name, experiment_name, stamp)",
     "log_dir=os.path.join(dir_name, \"10_percent_feature_extract\", stamp)"),
]
