"""Right: stamps the folder with datetime.datetime.now(datetime.timezone.utc) in the same %Y%m%d-%H%M%S-%f format: the run's start date and time in UTC, down to microseconds."""

EXERCISE, VERDICT = 'callbacks.create_tensorboard_callback', 'done'

MUTATE = [
    ('datetime.datetime.now().strftime',
     'datetime.datetime.now(datetime.timezone.utc).strftime'),
]
