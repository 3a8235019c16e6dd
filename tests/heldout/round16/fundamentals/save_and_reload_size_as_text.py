"""Wrong: returns the size as a readable string, f'{os.path.getsize(path)} bytes', not a number; breaks 'size_in_bytes: the file's size on disk, in bytes'."""

EXERCISE, VERDICT = 'fundamentals.save_and_reload', 'wrong'

MUTATE = [
    ('os.path.getsize(path)',
     'f"{os.path.getsize(path)} bytes"'),
]
