"""Wrong: Typed %m (month) where %M (minutes) belongs; breaks 'The timestamp holds the date and time the run started'."""
EXERCISE, VERDICT, SAYS = "callbacks.create_tensorboard_callback", "wrong", "%M, not %m"
MUTATE = [
    ('"%Y%m%d-%H%M%S-%f"',
     '"%Y%m%d-%H%m%S-%f"'),
]
