"""Wrong: stamps the folder with int(time.time()), whole seconds since 1970: two calls in one second share a folder; breaks 'so that every call gives a new folder, even two calls within the same second'."""

EXERCISE, VERDICT = "callbacks.create_tensorboard_callback", "wrong"

MUTATE = [
    ('import datetime\nimport os\n',
     'import datetime\nimport os\nimport time\n'),
    ('    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")',
     '    stamp = str(int(time.time()))'),
]
