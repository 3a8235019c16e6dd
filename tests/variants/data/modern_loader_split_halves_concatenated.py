"""Wrong: keeps note 002's two loader calls (validation_split=0.2, 'training' and 'validation') and concatenates them to get "every image", leaving a smaller batch in the middle; breaks 'in batches of `batch_size` (the smaller one last)' and '(no validation split)'."""
EXERCISE, VERDICT, SAYS = "data.modern_loader", "wrong", '[4, 4, 2, 2]'
MUTATE = [
    ("    dataset = keras.utils.image_dataset_from_directory(directory, image_size=image_size,\n"
     "                                                       batch_size=batch_size, label_mode=\"binary\")",
     "    common = dict(image_size=image_size, batch_size=batch_size, label_mode=\"binary\", validation_split=0.2, seed=42)\n"
     "    train_dataset = keras.utils.image_dataset_from_directory(directory, subset=\"training\", **common)\n"
     "    validation_dataset = keras.utils.image_dataset_from_directory(directory, subset=\"validation\", **common)\n"
     "    dataset = train_dataset.concatenate(validation_dataset)"),
]
