"""Wrong: writes RandomZoom((0.3, 0.3)) meaning "0.3 in height and width", which is a fixed 30 % zoom-out range, never a zoom in; breaks 'zoom_range=0.3: a random zoom in or out by up to 30 %'."""
EXERCISE, VERDICT = "data.augmentation_layers", "wrong"
MUTATE = [("        keras.layers.RandomZoom(0.3),", "        keras.layers.RandomZoom((0.3, 0.3)),")]
