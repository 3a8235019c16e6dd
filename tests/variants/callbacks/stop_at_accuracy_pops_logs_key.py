"""Wrong: reads the accuracy with logs.pop instead of logs.get, removing "accuracy" from the epoch's logs that later callbacks and the History see; breaks 'changes neither them nor this module's variables'."""
EXERCISE, VERDICT, SAYS = "callbacks.stop_at_accuracy", "wrong", 'logs.get'

MUTATE = [
    ('(logs or {}).get("accuracy", 0.0)',
     '(logs or {}).pop("accuracy", 0.0)'),
]
