"""Wrong: the training and validation data swapped."""
EXERCISE, VERDICT, SAYS = "overfitting.compare_capacity", "wrong", "train on train_data"
MUTATE = [("model.fit(train_data, train_labels,", "model.fit(val_data, val_labels,"),
          ("validation_data=(val_data, val_labels)", "validation_data=(train_data, train_labels)")]
