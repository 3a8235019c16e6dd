"""Wrong: measures the uncompressed size of the files inside the .keras archive, not the file on disk; breaks 'the file's size on disk, in bytes'."""
EXERCISE, VERDICT = "fundamentals.save_and_reload", "wrong"
MUTATE = [
    ("""    path = os.path.join(folder, "model.keras")
    model.save(path)
    return path, keras.models.load_model(path), os.path.getsize(path)""",
     """    import zipfile

    path = os.path.join(folder, "model.keras")
    model.save(path)
    with zipfile.ZipFile(path) as archive:
        size = sum(info.file_size for info in archive.infolist())
    return path, keras.models.load_model(path), size"""),
]
