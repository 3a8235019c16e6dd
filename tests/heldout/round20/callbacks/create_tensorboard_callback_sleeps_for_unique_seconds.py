"""Wrong: stamps the folder to the second only and sleeps one second so that two runs still differ; breaks 'The timestamp holds the date and time the run started, down to microseconds'."""
EXERCISE, VERDICT = "callbacks.create_tensorboard_callback", "wrong"
MUTATE = [("import os\n", "import os\nimport time\n"),
          ('    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")\n',
           '    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")\n    time.sleep(1)\n')]
