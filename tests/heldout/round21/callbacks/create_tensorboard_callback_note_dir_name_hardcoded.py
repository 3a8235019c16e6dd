"""Wrong: keeps note 001's "transfer_learning" as the top folder and wires only experiment_name; breaks 'a keras.callbacks.TensorBoard whose log folder is dir_name / experiment_name / <timestamp>'."""
EXERCISE, VERDICT = "callbacks.create_tensorboard_callback", "wrong"
MUTATE = [
    ("log_dir=os.path.join(dir_name, experiment_name, stamp)",
     "log_dir=os.path.join(\"transfer_learning\", experiment_name, stamp)"),
]
