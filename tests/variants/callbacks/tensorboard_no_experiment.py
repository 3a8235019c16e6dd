"""Wrong: the experiment's name is left out."""
EXERCISE, VERDICT, SAYS = 'callbacks.create_tensorboard_callback', "wrong", 'experiment'
MUTATE = [('log_dir=os.path.join(dir_name, experiment_name, stamp)', 'log_dir=os.path.join(dir_name, stamp)')]
