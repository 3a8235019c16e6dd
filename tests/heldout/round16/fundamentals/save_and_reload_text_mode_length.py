"""Wrong: measures the file as len(open(path).read()), opening the zip-based .keras file in text mode, which raises UnicodeDecodeError (and would count characters, not bytes); breaks 'the file's size on disk, in bytes'."""

EXERCISE, VERDICT = 'fundamentals.save_and_reload', 'wrong'

MUTATE = [
    ('os.path.getsize(path)',
     'len(open(path).read())'),
]
