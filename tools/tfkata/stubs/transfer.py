"""Transfer learning and fine-tuning (notes 000, 001, 002, 004 and 003's tutorial2).

Reuse a network trained on ImageNet: load it without its classifier, freeze it, put a
small head on top, train the head, then unfreeze the top of the base and fine-tune.

Every function that builds a pretrained network takes `weights` (default "imagenet",
as you would write it); the graders pass weights=None, so nothing is downloaded and
the layer counts, shapes and parameter counts are the same.

    tfkata check transfer.pretrained_base
    tfkata hint transfer.pretrained_base
"""

import os
import random
import shutil

import keras
import numpy as np
import tensorflow as tf


def pretrained_base(name, image_size=(160, 160), weights="imagenet"):
    """Load a pretrained network without its classifier (notes 000, 001, 004).

    `name` is "MobileNetV2", "EfficientNetB0" or "VGG16" (all in keras.applications).
    The classifier on top ("top") was made for ImageNet's 1000 classes, so leave it
    out with `include_top=False`; what remains turns an image into feature maps,
    e.g. (None, 5, 5, 1280) for MobileNetV2 at 160x160.

    The input shape is the image size plus 3 colour channels: `image_size + (3,)`
    (a tuple: (160, 160) + (3,) == (160, 160, 3)). Pass `weights` through.

    Returns:
        the base model.
    """
    raise NotImplementedError


def extract_features(base, images):
    """Use a frozen base as a feature extractor (note 000, 003 tutorial2).

    Freeze the base (`base.trainable = False`), run the images through it in
    inference mode, and average each feature map over its height and width
    (global average pooling), giving one vector per image: (N, 1280) for
    MobileNetV2.

    Args:
        base: a model from pretrained_base.
        images: float array (N, height, width, 3), already scaled as the base expects.

    Returns:
        a NumPy array (N, channels).
    """
    raise NotImplementedError


def pool_two_ways(feature_maps):
    """Average feature maps over height and width two ways, and see they agree (note 001).

    Note 001 shows that these two give the same result:
        keras.layers.GlobalAveragePooling2D()(feature_maps)
        tf.reduce_mean(feature_maps, axis=[1, 2])
    From maps (N, height, width, channels), each gives (N, channels): the mean of
    each map over its height (axis 1) and width (axis 2). Not the largest value
    (GlobalMaxPooling2D) and not the sum: the mean.

    Args:
        feature_maps: float32 array (N, height, width, channels).

    Returns:
        (by_layer, by_mean): the layer's result and tf.reduce_mean's, each a NumPy
        array (N, channels).
    """
    raise NotImplementedError


def data_augmenter():
    """Build note 002's data augmentation block, to sit inside a model.

    A keras.Sequential of two layers: RandomFlip("horizontal") and
    RandomRotation(0.2). These layers change images only while training
    (`training=True`); at inference they pass images through untouched.

    The notes write `tf.keras.layers.experimental.preprocessing.RandomFlip`: in
    Keras 3 these layers are simply `keras.layers.RandomFlip` and friends.

    Returns:
        the Sequential.
    """
    raise NotImplementedError


def augmentation_block():
    """Build note 001's five-layer augmentation block, in Keras 3.

    Note 001 stacks RandomFlip("horizontal"), RandomRotation(0.2), RandomZoom(0.2),
    RandomHeight(0.2) and RandomWidth(0.2). Keras 3 removed RandomHeight and
    RandomWidth from keras.layers and the note gives no replacement; the kit's own
    stand-in, this exercise's assumption, is a zoom along one axis:
        RandomZoom(height_factor=0.2, width_factor=0.0)   # instead of RandomHeight(0.2)
        RandomZoom(height_factor=0.0, width_factor=0.2)   # instead of RandomWidth(0.2)
    They are not the same layer. RandomHeight resized the image to a random new
    height, so its output changed size (a model after it needed a flexible input);
    a one-axis RandomZoom keeps the output size and stretches or shrinks the content
    along that axis, cropping it or padding it (fill_mode) to fit. What they share
    is what the note wanted: the content's aspect ratio changes by up to 20 %.
    So the block is: flip, rotate, zoom, height-zoom, width-zoom. Name the
    Sequential "data_augmentation", as the note does.

    Returns:
        the Sequential.
    """
    raise NotImplementedError


def mobilenet_preprocessing():
    """Return the input scaling MobileNetV2 expects, as something you can call.

    MobileNetV2 was trained on pixels in [-1, 1], not [0, 255]: 0 -> -1.0,
    127.5 -> 0.0, 255 -> 1.0. Either of these does it (note 000):
        keras.applications.mobilenet_v2.preprocess_input        (a function)
        keras.layers.Rescaling(1 / 127.5, offset=-1)             (a layer)

    Returns:
        a callable that maps a batch of images in [0, 255] to [-1, 1].
    """
    raise NotImplementedError


def alpaca_model(image_shape=(160, 160), data_augmentation=None, weights="imagenet"):
    """Build and compile note 002's alpaca classifier on a frozen MobileNetV2.

    inputs = keras.Input(shape=image_shape + (3,))
    x = data augmentation (the argument, or data_augmenter() when None)
    x = MobileNetV2 scaling (mobilenet_preprocessing)
    x = base(x, training=False)    # base: MobileNetV2(input_shape=image_shape + (3,),
                                   #   include_top=False, weights=weights), frozen
    x = GlobalAveragePooling2D()
    x = Dropout(0.2)
    outputs = Dense(1)             # one logit: no activation
    Compile with keras.losses.BinaryCrossentropy(from_logits=True), an Adam
    optimizer (learning rate 0.001, the note's base_learning_rate) and metrics
    ["accuracy"]. (Note 002 compiles only later, to fine-tune: this loss and metric,
    Adam at a tenth of that rate.)

    The input shape picks the ImageNet weights trained at your image size (without it,
    Keras warns and loads those for 224x224).

    `training=False` keeps the base in inference mode when the model is used
    (predict, evaluate). Keras 3 note: fit() calls the whole model with
    training=True, and that overrides it; a frozen base stays in inference mode
    anyway, because frozen BatchNormalization layers always do (to keep them so
    while fine-tuning, leave them frozen: fine_tune_frozen_bn).

    Expect 2 trainable variables (the Dense kernel and bias), 1,281 trainable
    parameters and 2,259,265 in all: check with model.summary().

    Returns:
        the compiled model.
    """
    raise NotImplementedError


def efficientnet_model(num_classes=10, image_size=(224, 224), weights="imagenet"):
    """Build and compile note 001's model_0: a frozen EfficientNetB0 feature extractor.

    inputs = keras.layers.Input(shape=image_size + (3,), name="input_layer")
    x = base(inputs, training=False)       # EfficientNetB0(include_top=False), frozen
    x = GlobalAveragePooling2D(name="global_average_pooling_layer")(x)
    outputs = Dense(num_classes, activation="softmax", name="output_layer")(x)
    model = keras.Model(inputs, outputs)
    Compile with loss "categorical_crossentropy" (the note's labels are one-hot:
    label_mode="categorical"), keras.optimizers.Adam() and metrics ["accuracy"].

    The note's summary: 4,062,381 parameters in all, 12,810 trainable.

    Returns:
        the compiled model.
    """
    raise NotImplementedError


def vgg16_classifier(input_shape=(240, 360, 3), weights="imagenet"):
    """Build and compile note 004's VGG16 binary classifier, ready for fine-tuning.

    base = VGG16(include_top=False, input_tensor=keras.Input(shape=input_shape)),
    with its first 15 layers frozen (`for layer in base.layers[:15]:
    layer.trainable = False`) so that only block 5's three convolutions train.
    On top of `base.output`: Flatten(), Dense(256, activation="relu"),
    Dropout(0.5), Dense(1, activation="sigmoid"); model = keras.Model(base.input,
    outputs). Compile with optimizer "sgd", loss "binary_crossentropy", metrics
    ["accuracy"] (the note's "acc" means the same).

    Expect 10 trainable variables: 6 in block 5, 2 per Dense layer.

    Returns:
        the compiled model.
    """
    raise NotImplementedError


def to_model_input(images, image_size=(160, 160)):
    """Make test data fit a network's input (note 003, tutorial2's checklist).

    A network for (160, 160, 3) images takes batches (N, 160, 160, 3) of floats.
    Data often comes otherwise; handle all of these:
      - a single image (H, W, 3) -> a batch of one (1, H, W, 3)
      - any size -> resized to `image_size` (tf.image.resize)
      - grayscale (H, W) or (..., H, W, 1) -> 3 identical channels
        (tf.image.grayscale_to_rgb)
      - uint8 or float64 -> float32 (keep the values: 200 stays 200.0; scaling is
        the model's job)
    A 3-dimensional input whose last axis is 1 or 3 is one image; any other
    3-dimensional input is a batch of grayscale images (N, H, W).

    Notes 000 and 003 list this skill without code: these rules are the kit's own,
    this exercise's assumptions.

    Returns:
        a float32 array (N, image_size[0], image_size[1], 3).
    """
    raise NotImplementedError


def outputs_to_labels(outputs, from_logits=True):
    """Turn a network's outputs into the labels the test data uses (note 003, tutorial2's checklist).

    Outputs come in two shapes:
      - binary: (N, 1) or (N,), one score per input; labels are 0 or 1;
      - multiclass: (N, k); the label is the index of the largest score.
    With `from_logits=True` the scores are logits (a Dense layer with no
    activation): for binary, 1 where sigmoid(logit) > 0.5, that is where the logit
    is above 0; for multiclass, softmax does not change which class is largest.
    With `from_logits=False` they are already probabilities. Exactly 0.5 (a logit of
    exactly 0) is not above 0.5: label 0.

    Notes 000 and 003 list this skill without code: these rules are the kit's own,
    this exercise's assumptions.

    Returns:
        an integer array of shape (N,).
    """
    raise NotImplementedError


def convert_labels(labels, num_classes=None):
    """Convert between integer labels and one-hot labels, in either direction.

      - integer labels (N,) -> one-hot (N, num_classes): keras.utils.to_categorical;
        with num_classes=None, as many classes as the largest label + 1 (what
        to_categorical does with None)
      - one-hot (N, k) -> integer labels (N,): np.argmax(labels, axis=-1)
    Which way to go is told by the labels' shape, not by num_classes.

    A model compiled with categorical_crossentropy needs one-hot labels; with
    sparse_categorical_crossentropy, integer labels. Convert the data, or the loss.
    The notes show no conversion: this exercise (telling the direction by the
    shape) is the kit's own.

    Returns:
        the converted labels as a NumPy array.
    """
    raise NotImplementedError


def find_base(model, base_name):
    """Find the pretrained base inside a built model, and count its layers (notes 000, 002).

    Note 002 takes the base as `base_model = model2.layers[4]`: a position in the
    model's layer list. In Keras 3 that list differs (preprocess_input is an
    operation, not a layer, so the alpaca model's layers[4] is the Dropout), and
    any layer added before the base moves it. Find the base by its name instead:
        base = model.get_layer(base_name)     # e.g. "mobilenetv2_1.00_160"
    (model.summary() shows the name). Then count the base's own layers, as note 000
    prints them: len(base.layers), 154 for MobileNetV2 (not len(model.layers)).

    Returns:
        (base, number of layers in the base): the layer object itself, and an int.
    """
    raise NotImplementedError


def fine_tune(model, base_model, fine_tune_at, base_learning_rate):
    """Unfreeze the top of the base and recompile for fine-tuning (notes 000, 001, 002).

    1. base_model.trainable = True
    2. freeze the layers before `fine_tune_at`:
           for layer in base_model.layers[:fine_tune_at]: layer.trainable = False
       (fine_tune_at=100 in note 000, 120 in note 002; note 001's "all but the last
       10 layers" is fine_tune_at=-10, since layers[:-10] is all but the last 10.)
    3. then, and only then, compile again: the same loss (model.loss), the same
       kind of optimizer with the learning rate divided by ten
       (type(model.optimizer)(learning_rate=base_learning_rate / 10)), metrics
       ["accuracy"]. Changes to `trainable` count from the next compile().

    Then count: len(model.trainable_variables) is 56 for MobileNetV2 with
    fine_tune_at=100 and 38 with 120 (a Dense head adds its 2). If you also keep
    the base's BatchNormalization layers frozen (Keras 3's way to keep them in
    inference mode, see fine_tune_frozen_bn), it is 20 and 14: both are right here.

    The notes write RMSprop(lr=...): Keras 3 spells it learning_rate=.

    Returns:
        the model, recompiled.
    """
    raise NotImplementedError


def fine_tune_frozen_bn(model, base_model, fine_tune_at, base_learning_rate):
    """Fine-tune as fine_tune does, with the base's BatchNormalization kept in inference mode.

    What the notes meant: notes 000 and 002 call the base as base_model(x,
    training=False) so that, once it is unfrozen, its BatchNormalization layers keep
    using the moving mean and variance learnt on ImageNet instead of each batch's.
    What Keras 3 does: fit() calls the model with training=True and that reaches the
    nested base too, so unfrozen BatchNormalization layers update their moving
    statistics and normalise with each small batch's, undoing what was learnt.
    How to get the notes' behaviour in Keras 3: a frozen BatchNormalization layer
    always runs in inference mode, so leave them frozen while unfreezing the rest.

    1. base_model.trainable = True; layers before `fine_tune_at` frozen, as in fine_tune
    2. every keras.layers.BatchNormalization in base_model.layers: trainable = False
    3. then compile again, as in fine_tune: the same loss (model.loss), the same
       kind of optimizer with learning_rate=base_learning_rate / 10, metrics
       ["accuracy"].

    After a training step the base's moving means and variances have not moved;
    the other unfrozen weights have. For MobileNetV2 len(model.trainable_variables)
    is 20 with fine_tune_at=100 and 14 with 120 (a Dense head adds its 2).

    Returns:
        the model, recompiled.
    """
    raise NotImplementedError


def two_phase_training(model, base_model, train_data, validation_data, initial_epochs, fine_tune_epochs,
                       fine_tune_at, base_learning_rate):
    """Train the head, then fine-tune, continuing the epoch count (notes 000, 001).

    1. Feature extraction: model.fit(train_data, validation_data=validation_data,
       epochs=initial_epochs) with the base frozen, as the model comes.
    2. Fine-tuning: fine_tune(model, base_model, fine_tune_at, base_learning_rate),
       then fit again from where the first run stopped:
           epochs=initial_epochs + fine_tune_epochs,
           initial_epoch=history_1.epoch[-1] + 1
       so the second history's epochs continue the first's (plots line up).
       The notes do not show this second fit: continuing the count is an
       assumption of this exercise, the kit's own.
    3. Join the two histories for plotting: for every key of history_1.history,
       the first run's values followed by the second's.

    verbose=0 keeps the grader's output quiet (use 1 at home to see progress bars).

    Returns:
        (history_1, history_2, joined) where joined is a dict of lists.
    """
    raise NotImplementedError


def checkpoint_and_restore(build_model, x, y, folder, epochs=2):
    """Save weights every epoch with ModelCheckpoint, then restore them into a new model (note 001).

    1. checkpoint = keras.callbacks.ModelCheckpoint(filepath=..., save_weights_only=True,
       save_best_only=False, save_freq="epoch"), with the file inside `folder`.
       Keras 3 rule: a weights-only file name must end in ".weights.h5" (the note's
       "checkpoint.ckpt" raises an error); whole models are saved as ".keras".
    2. model = build_model(); fit it on x, y for `epochs` epochs with the callback.
    3. fresh = build_model() (new, untrained weights); fresh.load_weights(the file).

    Returns:
        (checkpoint, fresh): the callback and the restored model.
    """
    raise NotImplementedError


def make_subset(source_dir, target_dir, fraction, seed=42):
    """Copy a reproducible fraction of each class of an image folder (note 001's 1 % / 10 % data).

    `source_dir` holds one folder per class (source_dir/cats/*.png, source_dir/dogs/...).
    For each class, in sorted order, pick max(1, round(n * fraction)) of its n files
    at random, with random.Random(seed) so that the same seed picks the same files,
    and copy them to target_dir/<class>/ under the same names. Pick among the file
    names sorted: os.listdir lists them in the file system's order, which differs from
    one machine to the next, and so would the picks. Every class is kept,
    with at least one file, so image_dataset_from_directory finds every class.
    Note 001 loads ready-made subsets: this way of making them is the kit's own.

    Returns:
        target_dir.
    """
    raise NotImplementedError
