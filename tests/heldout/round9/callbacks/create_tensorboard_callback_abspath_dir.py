"""Wrong: makes dir_name absolute first (os.path.abspath), so a relative dir_name such as "transfer_learning" becomes /current/folder/transfer_learning; right only when the caller already passes an absolute folder; breaks 'whose log folder is dir_name / experiment_name / <timestamp>, joined as the operating system joins paths'."""

EXERCISE, VERDICT = "callbacks.create_tensorboard_callback", "wrong"

MUTATE = [
    (
        '    return keras.callbacks.TensorBoard(log_dir=os.path.join(dir_name, experiment_name, stamp))\n',
        '    log_dir = os.path.join(os.path.abspath(dir_name), experiment_name, stamp)\n    return keras.callbacks.TensorBoard(log_dir=log_dir)\n',
    ),
]
