"""Right: names the model "model_0", spells the loss as a CategoricalCrossentropy() object and gets a default Adam from keras.optimizers.get("adam")."""

EXERCISE, VERDICT, SAYS = "transfer.efficientnet_model", "done", ""

import keras


def efficientnet_model(num_classes=10, image_size=(224, 224), weights="imagenet"):
    base_model = keras.applications.EfficientNetB0(include_top=False, weights=weights)
    base_model.trainable = False
    inputs = keras.layers.Input(shape=(*image_size, 3), name="input_layer")
    features = base_model(inputs, training=False)
    pooled = keras.layers.GlobalAveragePooling2D(name="global_average_pooling_layer")(features)
    outputs = keras.layers.Dense(num_classes, activation="softmax", name="output_layer")(pooled)
    model = keras.Model(inputs=inputs, outputs=outputs, name="model_0")
    model.compile(loss=keras.losses.CategoricalCrossentropy(),
                  optimizer=keras.optimizers.get("adam"),
                  metrics=["accuracy"])
    return model
