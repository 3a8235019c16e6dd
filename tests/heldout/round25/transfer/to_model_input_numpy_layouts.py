"""Right: sorts the layouts out with NumPy (np.asarray, np.expand_dims, np.repeat to three channels), converts to float32 without rescaling, and resizes the whole batch with keras.ops.image.resize (bilinear, as tf.image.resize) to (height, width), returning a float32 NumPy array via keras.ops.convert_to_numpy."""

EXERCISE, VERDICT = "transfer.to_model_input", "done"

import os
import random
import shutil

import keras
import numpy as np
import tensorflow as tf

BASES = {
    "MobileNetV2": keras.applications.MobileNetV2,
    "EfficientNetB0": keras.applications.EfficientNetB0,
    "VGG16": keras.applications.VGG16,
}


def pretrained_base(name, image_size=(160, 160), weights="imagenet"):
    return BASES[name](input_shape=tuple(image_size) + (3,), include_top=False, weights=weights)


def extract_features(base, images):
    base.trainable = False
    features = keras.layers.GlobalAveragePooling2D()(base(images, training=False))
    return np.asarray(features)


def data_augmenter():
    return keras.Sequential([
        keras.layers.RandomFlip("horizontal"),
        keras.layers.RandomRotation(0.2),
    ])


def augmentation_block():
    return keras.Sequential([
        keras.layers.RandomFlip("horizontal"),
        keras.layers.RandomRotation(0.2),
        keras.layers.RandomZoom(0.2),
        keras.layers.RandomZoom(height_factor=0.2, width_factor=0.0),
        keras.layers.RandomZoom(height_factor=0.0, width_factor=0.2),
    ], name="data_augmentation")


def mobilenet_preprocessing():
    return keras.applications.mobilenet_v2.preprocess_input


def alpaca_model(image_shape=(160, 160), data_augmentation=None, weights="imagenet"):
    data_augmentation = data_augmentation or data_augmenter()
    base = keras.applications.MobileNetV2(input_shape=tuple(image_shape) + (3,), include_top=False, weights=weights)
    base.trainable = False
    inputs = keras.Input(shape=tuple(image_shape) + (3,))
    x = data_augmentation(inputs)
    x = keras.applications.mobilenet_v2.preprocess_input(x)
    x = base(x, training=False)
    x = keras.layers.GlobalAveragePooling2D()(x)
    x = keras.layers.Dropout(0.2)(x)
    outputs = keras.layers.Dense(1)(x)
    model = keras.Model(inputs, outputs)
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.001),
                  loss=keras.losses.BinaryCrossentropy(from_logits=True),
                  metrics=[keras.metrics.BinaryAccuracy(threshold=0.0, name="accuracy")])
    return model


def efficientnet_model(num_classes=10, image_size=(224, 224), weights="imagenet"):
    base = keras.applications.EfficientNetB0(include_top=False, weights=weights)
    base.trainable = False
    inputs = keras.Input(shape=tuple(image_size) + (3,), name="input_layer")
    x = base(inputs, training=False)
    x = keras.layers.GlobalAveragePooling2D(name="global_average_pooling_layer")(x)
    outputs = keras.layers.Dense(num_classes, activation="softmax", name="output_layer")(x)
    model = keras.Model(inputs, outputs)
    model.compile(loss="categorical_crossentropy", optimizer=keras.optimizers.Adam(), metrics=["accuracy"])
    return model


def vgg16_classifier(input_shape=(240, 360, 3), weights="imagenet"):
    base = keras.applications.VGG16(weights=weights, include_top=False, input_tensor=keras.Input(shape=input_shape))
    for layer in base.layers[:15]:
        layer.trainable = False
    x = keras.layers.Flatten()(base.output)
    x = keras.layers.Dense(256, activation="relu")(x)
    x = keras.layers.Dropout(0.5)(x)
    outputs = keras.layers.Dense(1, activation="sigmoid")(x)
    model = keras.Model(inputs=base.input, outputs=outputs)
    model.compile(optimizer="sgd", loss="binary_crossentropy", metrics=["accuracy"])
    return model


def to_model_input(images, image_size=(160, 160)):
    x = np.asarray(images).astype("float32")  # a copy: the caller's array is left alone
    if x.ndim == 2:
        x = x[np.newaxis, :, :, np.newaxis]
    elif x.ndim == 3:
        if x.shape[-1] in (1, 3):
            x = np.expand_dims(x, axis=0)
        else:
            x = np.expand_dims(x, axis=-1)
    if x.ndim != 4:
        raise ValueError(f"cannot read images of shape {np.shape(images)}")
    if x.shape[-1] == 1:
        x = np.repeat(x, 3, axis=-1)
    height, width = int(image_size[0]), int(image_size[1])
    resized = keras.ops.image.resize(x, (height, width), interpolation="bilinear", data_format="channels_last")
    return np.asarray(keras.ops.convert_to_numpy(resized), dtype="float32")


def outputs_to_labels(outputs, from_logits=True):
    outputs = np.asarray(outputs, dtype="float32")
    if outputs.ndim == 1 or outputs.shape[-1] == 1:
        scores = outputs.reshape(len(outputs))
        probs = tf.sigmoid(scores).numpy() if from_logits else scores
        return (probs > 0.5).astype("int64")
    probs = tf.nn.softmax(outputs).numpy() if from_logits else outputs
    return probs.argmax(axis=-1)


def convert_labels(labels, num_classes=None):
    labels = np.asarray(labels)
    if labels.ndim == 2:
        return labels.argmax(axis=-1)
    return keras.utils.to_categorical(labels, num_classes)


def _accuracy(model):
    """The accuracy metric for the model's output: one logit is thresholded at 0 (Keras 3's "accuracy": 0.5)."""
    loss = keras.losses.get(model.loss)
    logits = model.output_shape[-1] == 1 and getattr(loss, "get_config", dict)().get("from_logits", False)
    return keras.metrics.BinaryAccuracy(threshold=0.0, name="accuracy") if logits else "accuracy"


def fine_tune(model, base_model, fine_tune_at, base_learning_rate):
    base_model.trainable = True
    for layer in base_model.layers[:fine_tune_at]:
        layer.trainable = False
    model.compile(loss=model.loss,
                  optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),
                  metrics=[_accuracy(model)])
    return model


def two_phase_training(model, base_model, train_data, validation_data, initial_epochs, fine_tune_epochs,
                       fine_tune_at, base_learning_rate):
    first = model.fit(train_data, validation_data=validation_data, epochs=initial_epochs, verbose=0)
    fine_tune(model, base_model, fine_tune_at, base_learning_rate)
    second = model.fit(train_data, validation_data=validation_data, epochs=initial_epochs + fine_tune_epochs,
                       initial_epoch=first.epoch[-1] + 1, verbose=0)
    joined = {key: first.history[key] + second.history[key] for key in first.history}
    return first, second, joined


def fine_tune_frozen_bn(model, base_model, fine_tune_at, base_learning_rate):
    base_model.trainable = True
    frozen = base_model.layers[:fine_tune_at]
    for layer in base_model.layers:
        if layer in frozen or isinstance(layer, keras.layers.BatchNormalization):
            layer.trainable = False
    slower = type(model.optimizer)(learning_rate=0.1 * base_learning_rate)
    model.compile(loss=model.loss, optimizer=slower, metrics=[_accuracy(model)])
    return model


def checkpoint_and_restore(build_model, x, y, folder, epochs=2):
    checkpoint = keras.callbacks.ModelCheckpoint(
        filepath=os.path.join(folder, "checkpoint.weights.h5"),
        save_weights_only=True, save_best_only=False, save_freq="epoch")
    build_model().fit(x, y, epochs=epochs, callbacks=[checkpoint], verbose=0)
    fresh = build_model()
    fresh.load_weights(checkpoint.filepath)
    return checkpoint, fresh


def make_subset(source_dir, target_dir, fraction, seed=42):
    rng = random.Random(seed)
    for class_name in sorted(os.listdir(source_dir)):
        files = sorted(os.listdir(os.path.join(source_dir, class_name)))
        chosen = rng.sample(files, max(1, round(len(files) * fraction)))
        os.makedirs(os.path.join(target_dir, class_name), exist_ok=True)
        for name in chosen:
            shutil.copy2(os.path.join(source_dir, class_name, name), os.path.join(target_dir, class_name, name))
    return target_dir


def pool_two_ways(feature_maps):
    by_layer = keras.layers.GlobalAveragePooling2D()(feature_maps)
    by_mean = tf.reduce_mean(feature_maps, axis=[1, 2])
    return np.asarray(by_layer), np.asarray(by_mean)


def find_base(model, base_name):
    base = model.get_layer(base_name)
    return base, len(base.layers)
