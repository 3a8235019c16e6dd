"""Wrong: joins the parts with hard-coded Windows backslashes; breaks 'dir_name / experiment_name / <timestamp>, joined as the operating system joins paths'."""
EXERCISE, VERDICT = "callbacks.create_tensorboard_callback", "wrong"
MUTATE = [
    ('    return keras.callbacks.TensorBoard(log_dir=os.path.join(dir_name, experiment_name, stamp))',
     '    return keras.callbacks.TensorBoard(log_dir=dir_name + "\\\\" + experiment_name + "\\\\" + stamp)'),
]
