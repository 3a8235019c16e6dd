"""Wrong: the size is reported in kilobytes, not bytes."""
EXERCISE, VERDICT, SAYS = "fundamentals.save_and_reload", "wrong", "bytes"
MUTATE = [("os.path.getsize(path)", "os.path.getsize(path) / 1024")]
