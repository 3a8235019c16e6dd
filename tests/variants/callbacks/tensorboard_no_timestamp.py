"""Wrong: every run logs into the same folder."""
EXERCISE, VERDICT, SAYS = 'callbacks.create_tensorboard_callback', "wrong", 'timestamp'
MUTATE = [('log_dir=os.path.join(dir_name, experiment_name, stamp)', 'log_dir=os.path.join(dir_name, experiment_name)')]
