"""Wrong: Passed classes=os.listdir(directory), numbering the classes in the file system's order; breaks 'one
0.0 / 1.0 label per image (the binary class mode), by the sorted class folders'."""
EXERCISE, VERDICT, SAYS = "data.legacy_train_generator", "wrong", "os.listdir's order"
MUTATE = [("""    return datagen.flow_from_directory(directory, target_size=image_size, class_mode="binary",
                                       batch_size=batch_size)""",
           """    import os
    return datagen.flow_from_directory(directory, target_size=image_size, class_mode="binary",
                                       batch_size=batch_size, classes=os.listdir(directory))""")]
