"""Wrong: strips slashes from every part before joining, to avoid doubled separators; that also turns an absolute dir_name such as /tmp/logs into the relative tmp/logs; breaks 'a keras.callbacks.TensorBoard whose log folder is dir_name / experiment_name / <timestamp>, joined as the operating system joins paths'."""

EXERCISE, VERDICT = "callbacks.create_tensorboard_callback", "wrong"

MUTATE = [
    (
        '    return keras.callbacks.TensorBoard(log_dir=os.path.join(dir_name, experiment_name, stamp))\n',
        '    parts = [part.strip("/") for part in (dir_name, experiment_name, stamp)]\n    return keras.callbacks.TensorBoard(log_dir=os.path.join(*parts))\n',
    ),
]
