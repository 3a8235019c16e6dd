"""Wrong: Typed %m (month) where %M (minutes) belongs; breaks 'The timestamp holds the date and time the run started'."""
EXERCISE, VERDICT = "callbacks.create_tensorboard_callback", "wrong"
MUTATE = [
    ('"%Y%m%d-%H%M%S-%f"',
     '"%Y%m%d-%H%m%S-%f"'),
]
