"""Wrong: Reported the size in kilobytes; breaks 'the file's size on disk, in bytes'."""
EXERCISE, VERDICT = "fundamentals.save_and_reload", "wrong"
MUTATE = [
    ('os.path.getsize(path)',
     'os.path.getsize(path) / 1024'),
]
