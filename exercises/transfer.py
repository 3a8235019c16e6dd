"""Transfer learning and fine-tuning (notes 000, 001, 002, 004 and 003's tutorial2).

Reuse a network trained on ImageNet: load it without its classifier, freeze it, put a
small head on top, train the head, then unfreeze the top of the base and fine-tune.

Every function that builds a pretrained network takes `weights` (default "imagenet",
as you would write it); the graders pass weights=None, so nothing is downloaded and
the layer counts, shapes and parameter counts are the same.

Every function works from its arguments alone, as it may be called again with others: it
changes neither them, nor this module's variables, nor the program's settings (Keras'
dtype policy, float type and image layout, NumPy's error handling, the working folder),
and makes anew the models and callbacks it returns.
A layer's activation may be a layer of its own right after it (Activation("relu"),
Softmax()), a relu may come after the Dropout that follows its Dense, and a Reshape to one
axis may stand for Flatten(): the graders read each as the one layer it is.
A model holds Keras' own layers only: a Lambda layer, or a function of your own in
a layer (a regularizer, an activation), is code that a class's grading cannot load.

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

    Transfer learning starts from a network trained on ImageNet ("事前訓練されたモデルを
    使用する"). Its classifier on top ("top") was made for ImageNet's 1000 classes, so
    it is left out: what remains turns an image into feature maps, (None, 5, 5, 1280)
    for MobileNetV2 at 160x160, for a head of your own to read.

    Args:
        name: "MobileNetV2", "EfficientNetB0" or "VGG16", all three in keras.applications.
        image_size: (height, width), a tuple. The network's input is that size with 3
            colour channels: image_size + (3,), (160, 160, 3) for the default.
        weights: passed through to the network ("imagenet" downloads the pretrained
            weights; the graders pass None, which builds the same network untrained).

    Returns:
        the base model: the whole network as keras.applications builds it without its
        top, 154 layers for MobileNetV2, 237 for EfficientNetB0, 19 for VGG16.

    The grader will try each name at 64x96, a size neither the default nor square
    (each base gives 2x3 feature maps there), and a weights path that is not a file,
    which the network must be the one to refuse.
    """
    raise NotImplementedError


def extract_features(base, images):
    """Use a frozen base as a feature extractor (note 000, 003 tutorial2).

    The simplest transfer learning ("事前訓練されたモデルから機能を抽出する"): keep the
    pretrained base as it is, and use what it sees in an image, one number per feature
    map, as the features of a small model of your own. The base must not change
    (frozen), and it must run as it does at inference: no dropout, no batch statistics.

    Args:
        base: a model from pretrained_base (or any convolutional base).
        images: float array (N, height, width, 3), already scaled as the base expects.

    Returns:
        a NumPy array (N, channels): each of the base's feature maps averaged over its
        height and width (global average pooling), (N, 1280) for MobileNetV2.

    Afterwards the base is frozen: no trainable variable left. The grader will try a
    small stand-in base of 5 channels with a Dropout inside, whose output changes
    whenever it runs in training mode.
    """
    raise NotImplementedError


def pool_two_ways(feature_maps):
    """Average feature maps over height and width two ways, and see they agree (note 001).

    Note 001 shows that global average pooling is nothing but a mean: the pooling layer
    and a plain mean over the height and width axes give the same numbers. Computing
    both shows what the layer does. The mean, that is: not the largest value (that is
    max pooling), and not the sum.

    Args:
        feature_maps: float32 array (N, height, width, channels).

    Returns:
        (by_layer, by_mean): the pooling layer's result and the plain mean's, each a
        NumPy array (N, channels), the mean of each map over its height (axis 1) and its
        width (axis 2).

    The grader will try maps of shape (3, 4, 6, 5) and (2, 7, 3, 1), with one tall value
    in a corner of each map, so that a max or a sum is far from the mean.
    """
    raise NotImplementedError


def data_augmenter():
    """Build note 002's data augmentation block, to sit inside a model (实现data augmenter).

    A small data set looks bigger when every image is flipped and turned a little, at
    random, each time the model sees it. As layers inside the model, the augmentation
    runs only while training: at inference (predict, evaluate) images pass through
    untouched.

    Returns:
        a keras.Sequential of exactly two layers: a random horizontal flip, then a random
        rotation of factor 0.2 (up to a fifth of a full turn, either way). The other order
        passes too: two independent random changes augment alike in either order.

    The notes write these layers as tf.keras.layers.experimental.preprocessing.RandomFlip
    and so on: Keras 3 has no experimental.preprocessing, the layers are plain
    keras.layers now.

    The grader checks that the block changes images when called in training mode, and
    gives them back untouched otherwise.
    """
    raise NotImplementedError


def augmentation_block():
    """Build note 001's five-layer augmentation block, in Keras 3.

    Note 001 puts its augmentation inside the model ("Data Augmentation을 모델에 넣기")
    with five random layers: a horizontal flip, a rotation of 0.2, a zoom of 0.2, and
    RandomHeight(0.2) and RandomWidth(0.2). Keras 3 removed RandomHeight and RandomWidth
    from keras.layers and the note gives no replacement; the kit's own stand-in, this
    exercise's assumption, is a zoom along one axis only: up to 20 % in height alone
    for RandomHeight, up to 20 % in width alone for RandomWidth.

    They are not the same layer. RandomHeight resized the image to a random new height,
    so its output changed size (a model after it needed a flexible input); a one-axis
    zoom keeps the output size and stretches or shrinks the content along that axis,
    cropping it or padding it to fit. What they share is what the note wanted: the
    content's aspect ratio changes by up to 20 %.

    Returns:
        a keras.Sequential named "data_augmentation", as in the note, of exactly five
        layers, in the note's order: flip (horizontal), rotate (0.2), zoom (0.2), zoom
        in height only (0.2), zoom in width only (0.2). Another order passes too: these
        independent random layers augment alike in any order. Like every augmentation
        layer, they change images only while training.
    """
    raise NotImplementedError


def mobilenet_preprocessing():
    """Return the input scaling MobileNetV2 expects, as something you can call.

    MobileNetV2 was trained on pixels in [-1, 1], not [0, 255] ("MobileNetはピクセル値
    [-1,1]を想定したモデル", note 000): fed anything else, its pretrained features are
    wrong. Keras ships each application's own scaling as a function; a rescaling
    layer can do the same, and either can sit inside a model.

    Returns:
        a callable (a function or a layer, not its output) that maps a batch of images
        in [0, 255] to [-1, 1]: 0 -> -1.0, 127.5 -> 0.0, 255 -> 1.0, and can sit
        inside a model: called on a keras.Input, it gives the scaled symbolic output.

    The grader calls it on a small batch and reads those three values, then calls it
    on a keras.Input.
    """
    raise NotImplementedError


def alpaca_model(image_shape=(160, 160), data_augmentation=None, weights="imagenet"):
    """Build and compile note 002's alpaca classifier on a frozen MobileNetV2.

    Note 002's transfer learning in full ("使用MobileNetV2用于transfer learning: 实现模型"):
    a pretrained MobileNetV2, frozen, reads augmented and rescaled images, and a small
    head of your own learns the task, alpaca or not alpaca. Only the head trains.

    The model (functional API), in order:
        an input of image_shape + (3,) images
        the augmentation: the data_augmentation argument, or data_augmenter() when None
        MobileNetV2's scaling to [-1, 1] (mobilenet_preprocessing; before the augmentation
            passes too: flips, turns and zooms move pixels, they commute with the scaling)
        MobileNetV2 without its top, built for image_shape + (3,) inputs with the
            weights argument, frozen, and called in inference mode
        a global average pooling, a dropout of 0.2, and one output unit with no
            activation: one logit

    Compiled with a binary cross-entropy that takes logits (from_logits=True), the Adam
    optimizer at learning rate 0.001 (the note's base_learning_rate) and an accuracy
    thresholded at the logit 0: keras.metrics.BinaryAccuracy(threshold=0.0, name="accuracy").
    (Keras 3 note: the note's metrics=["accuracy"] thresholds one output at 0.5, as if
    it were a probability: a logit of 0.3 counts as 0. Note 002 compiles only later, to
    fine-tune: this loss and metric, Adam at a tenth of that rate.)

    Building the base for your input shape picks the ImageNet weights trained at your
    image size (without it, Keras warns and loads those for 224x224).

    Keras 3 note: the notes call the base with training=False to keep it in inference
    mode. That holds when the model is used (predict, evaluate), but fit() calls the
    whole model with training=True, and that overrides it; a frozen base stays in
    inference mode anyway, because frozen BatchNormalization layers always do (to keep
    them so while fine-tuning, leave them frozen: fine_tune_frozen_bn).

    Returns:
        the compiled model: 2 trainable variables (the output's kernel and bias), 1,281
        trainable parameters and 2,259,265 in all, as model.summary() shows.

    The grader will try 160x160 and 64x96 images and an augmentation of its own, and
    checks that pixels 0, 127.5 and 255 reach the base as -1, 0 and 1.
    """
    raise NotImplementedError


def efficientnet_model(num_classes=10, image_size=(224, 224), weights="imagenet"):
    """Build and compile note 001's model_0: a frozen EfficientNetB0 feature extractor.

    Note 001's "Model 0: a transfer learning model using the Keras Functional API": the
    pretrained EfficientNetB0 sees the images, frozen, and one softmax layer learns the
    classes from its pooled features.

    The model, in order, with the note's layer names:
        an input of image_size + (3,) images, named "input_layer"
        EfficientNetB0 without its top, with the weights argument, frozen, called in
            inference mode
        a global average pooling, named "global_average_pooling_layer"
        an output of num_classes units, softmax, named "output_layer"

    Compiled with the categorical_crossentropy loss (the note's labels are one-hot:
    label_mode="categorical"), the Adam optimizer with its default settings, and the
    "accuracy" metric.

    Returns:
        the compiled model. The note's summary, with 10 classes: 4,062,381 parameters in
        all, 12,810 trainable.

    The grader will try 10 classes at 224x224, and 3 classes at 32x48.
    """
    raise NotImplementedError


def vgg16_classifier(input_shape=(240, 360, 3), weights="imagenet"):
    """Build and compile note 004's VGG16 binary classifier, ready for fine-tuning.

    Note 004 ("VGG16 - ファインチューニングの実践") retrains only VGG16's last convolution
    block, with a new head: the early blocks see edges and textures that suit any image,
    the last one sees shapes specific to ImageNet, so it is the one worth retraining.

    The model:
        VGG16 without its top, on an input of input_shape, with the weights argument;
        its first 15 layers frozen, so that only block 5's three convolutions train
        on the base's output, the head: a flattening, a hidden layer of 256 units
        (relu), a dropout of 0.5, and one sigmoid output unit

    Compiled with the "sgd" optimizer, the binary_crossentropy loss and the "accuracy"
    metric (the note's "acc" means the same).

    Returns:
        the compiled model, with 10 trainable variables: 6 in block 5, 2 per Dense layer.

    The grader will try input_shape=(64, 96, 3), and counts the parameters, all and
    trainable.
    """
    raise NotImplementedError


def to_model_input(images, image_size=(160, 160)):
    """Make test data fit a network's input (note 003, tutorial2's checklist).

    "テストデータをニューラルネットワークの入力の形状に合わせたものにする": a network
    built for (160, 160, 3) images takes only batches (N, 160, 160, 3) of floats, and
    data often comes otherwise. Handle all of these:
      - a single image (H, W, 3) -> a batch of one (1, H, W, 3)
      - any size -> resized to `image_size` (height, width): resized, not reshaped, so
        the picture stays where it was
      - grayscale (H, W), (H, W, 1), (N, H, W) or (N, H, W, 1) -> 3 identical channels
      - uint8 or float64 -> float32, values kept (200 stays 200.0: scaling is the
        model's job)
    A 3-dimensional input whose last axis is 1 or 3 is one image; any other
    3-dimensional input is a batch of grayscale images (N, H, W).

    Notes 000 and 003 list this skill without code: these rules are the kit's own,
    this exercise's assumptions.

    Returns:
        a float32 NumPy array (not a tensor) (N, image_size[0], image_size[1], 3).

    The grader will try every layout above, each run, with image_size (8, 8) and (24, 16).
    """
    raise NotImplementedError


def outputs_to_labels(outputs, from_logits=True):
    """Turn a network's outputs into the labels the test data uses (note 003, tutorial2's checklist).

    "ニューラル ネットワークの出力データを、テストデータで指定された入力の形状に合わせた
    ものにする": test labels are one integer per input, a network gives scores.
    Outputs come in two shapes:
      - binary: (N, 1) or (N,), one score per input; labels are 0 or 1;
      - multiclass: (N, k); the label is the index of the largest score.
    With `from_logits=True` the scores are logits (a Dense layer with no activation):
    for binary, label 1 where sigmoid(logit) > 0.5, that is where the logit is above 0;
    for multiclass, softmax does not change which class is largest. With
    `from_logits=False` they are already probabilities. Exactly 0.5 (a logit of exactly
    0) is not above 0.5: label 0.

    Notes 000 and 003 list this skill without code: these rules are the kit's own,
    this exercise's assumptions.

    Returns:
        an integer array of shape (N,).

    The grader will try 1 to 12 inputs with 1, 2 or 5 columns, or none, as logits and
    as probabilities.
    """
    raise NotImplementedError


def convert_labels(labels, num_classes=None):
    """Convert between integer labels and one-hot labels, in either direction.

    A model compiled with categorical_crossentropy needs one-hot labels; with
    sparse_categorical_crossentropy, integer labels. When data and loss disagree,
    convert the data (or change the loss).
      - integer labels (N,) -> one-hot (N, num_classes): a single 1 per row, in the
        label's column; with num_classes=None, as many classes as the largest label + 1
      - one-hot (N, k) -> integer labels (N,): the position of the 1 in each row
    Which way to go is told by the labels' shape, not by num_classes. The notes show no
    conversion: this exercise (telling the direction by the shape) is the kit's own.

    Returns:
        the converted labels as a NumPy array.

    The grader will try both directions with several sizes and class counts, and
    [2, 0, 4, 2] with num_classes=None (5 classes).
    """
    raise NotImplementedError


def find_base(model, base_name):
    """Find the pretrained base inside a built model, and count its layers (notes 000, 002).

    To fine-tune you need the base itself, and it sits nested inside your model. Note
    002 takes it by its position, model2.layers[4]. In Keras 3 that list differs
    (MobileNetV2's scaling is an operation, not a layer, so the alpaca model's
    layers[4] is the Dropout), and any layer added before the base moves it. A name
    does not move: find the base by its name (model.summary() shows it, e.g.
    "mobilenetv2_1.00_160").

    Args:
        model: a built keras model with the base nested inside it.
        base_name: the base's name.

    Returns:
        (base, count): the layer object itself, and the number of the base's own
        layers, as note 000 prints them: 154 for MobileNetV2 (not the model's count).

    The grader will try a model whose base stands at index 2 behind a nested
    Sequential, and note 002's alpaca model.
    """
    raise NotImplementedError


def fine_tune(model, base_model, fine_tune_at, base_learning_rate):
    """Unfreeze the top of the base and recompile for fine-tuning (notes 000, 001, 002).

    Once the head has learnt, fine-tuning retrains the base's last layers too: they hold
    the features most specific to ImageNet, while the early layers (edges, textures)
    suit any image and stay frozen. A learning rate ten times lower keeps the first
    steps from wrecking the pretrained weights.

    Args:
        model: a compiled model with the frozen base inside it.
        base_model: that base.
        fine_tune_at: the base's first layer to train; every layer before it stays
            frozen (100 in note 000, 120 in note 002; note 001's "all but the last 10
            layers" is -10, counted from the end as Python's slices count).
        base_learning_rate: the rate the head was trained with.

    What must hold afterwards: the base's layers from fine_tune_at on are trainable and
    those before it frozen; the model is compiled again after the freezing (a change to
    `trainable` counts from the next compile), with the loss it had, the same kind of
    optimizer at a tenth of base_learning_rate, and the "accuracy" metric: for one logit
    output (note 002's model), keras.metrics.BinaryAccuracy(threshold=0.0, name="accuracy"),
    since Keras 3 thresholds the string "accuracy" at 0.5 there.

    Returns:
        the model, recompiled.

    Count the model's trainable variables: 56 for MobileNetV2 with fine_tune_at=100, 38
    with 120 (the Dense head's 2 among them). If you also keep the base's
    BatchNormalization layers frozen (Keras 3's way to keep them in inference mode, see
    fine_tune_frozen_bn), it is 20 and 14: both are right here.

    The notes write RMSprop(lr=...): Keras 3 spells it learning_rate=.

    The grader will try fine_tune_at 100 and 120 on MobileNetV2 and -10 on
    EfficientNetB0, RMSprop and Adam, and base learning rates 0.001, 0.02 and 0.005.
    """
    raise NotImplementedError


def fine_tune_frozen_bn(model, base_model, fine_tune_at, base_learning_rate):
    """Fine-tune as fine_tune does, with the base's BatchNormalization kept in inference mode.

    What the notes meant: notes 000 and 002 call the base with training=False so that,
    once it is unfrozen, its BatchNormalization layers keep using the moving mean and
    variance learnt on ImageNet instead of each batch's.
    What Keras 3 does: fit() calls the model with training=True and that reaches the
    nested base too, so unfrozen BatchNormalization layers update their moving
    statistics and normalise with each small batch's, undoing what was learnt.
    How to get the notes' behaviour in Keras 3: a frozen BatchNormalization layer
    always runs in inference mode, so leave those layers frozen while unfreezing the rest.

    Args: as fine_tune's (model, base_model, fine_tune_at, base_learning_rate).

    What must hold afterwards: as after fine_tune (layers from fine_tune_at on
    trainable, those before frozen; compiled again after the freezing, with the loss it
    had, the same kind of optimizer at a tenth of base_learning_rate, the "accuracy"
    metric read as fine_tune reads it), and besides, every BatchNormalization layer of the
    base frozen.

    Returns:
        the model, recompiled.

    After a training step the base's moving means and variances have not moved; the
    other unfrozen weights have. For MobileNetV2 the model has 20 trainable variables
    with fine_tune_at=100 and 14 with 120 (the Dense head's 2 among them).

    The grader will try fine_tune_at 3 on a small base, a training step included, and
    100 and 120 on MobileNetV2, with Adam and RMSprop.
    """
    raise NotImplementedError


def two_phase_training(model, base_model, train_data, validation_data, initial_epochs, fine_tune_epochs,
                       fine_tune_at, base_learning_rate):
    """Train the head, then fine-tune, continuing the epoch count (notes 000, 001).

    Note 001's "Model 3: a fine-tuned transfer learning model": first the head learns on
    top of the frozen base (feature extraction); then the top of the base is unfrozen
    and training goes on. Plotted together, the two runs show what fine-tuning added,
    if their epochs line up.

    Args:
        model: a compiled model with its base frozen, as it comes.
        base_model: that base.
        train_data, validation_data: what both runs train and validate on.
        initial_epochs: the first run's epochs, numbered 0 to initial_epochs - 1.
        fine_tune_epochs: how many epochs the second run adds.
        fine_tune_at, base_learning_rate: for your fine_tune, between the runs.

    What must hold:
      - the first run trains the head only, with the base frozen as it comes;
      - between the runs, your fine_tune, with fine_tune_at and base_learning_rate;
      - the second run continues the count: its epochs are numbered initial_epochs to
        initial_epochs + fine_tune_epochs - 1, so both runs line up on one plot. The
        notes do not show this second fit: continuing the count is an assumption of
        this exercise, the kit's own;
      - joined holds, for every key of the first history, the first run's values
        followed by the second's.
    Quiet runs (no progress bars) keep the grader's output readable; at home, show them.

    Returns:
        (history_1, history_2, joined): the two Histories, and joined a dict of lists.

    The grader will try 3 epochs then 2 on a tiny model, with different training and
    validation data.
    """
    raise NotImplementedError


def checkpoint_and_restore(build_model, x, y, folder, epochs=2):
    """Save weights every epoch with ModelCheckpoint, then restore them into a new model (note 001).

    Note 001's "Model Checkpoint": a run saved at the end of every epoch can be resumed,
    or its weights reused in a new model of the same architecture (another process,
    another day).

    Args:
        build_model: a function that returns a new compiled model, untrained, at each call.
        x, y: the training data.
        folder: the path of an existing folder for the weights file, a str.
        epochs: how long to train.

    What must hold: a keras.callbacks.ModelCheckpoint writes only the weights, at the
    end of every epoch (not only the best one), to a file inside `folder`; one model
    from build_model trains with it for `epochs` epochs; then a second, new model from
    build_model gets the weights from that file.

    Keras 3 rule: a weights-only file name must end in ".weights.h5" (the note's
    "checkpoint.ckpt" raises an error); whole models are saved as ".keras".

    Returns:
        (checkpoint, fresh): the callback, and the new model holding the saved weights.

    The grader will try epochs=3, and compares the fresh model's weights with the file's.
    """
    raise NotImplementedError


def make_subset(source_dir, target_dir, fraction, seed=42):
    """Copy a reproducible fraction of each class of an image folder (note 001's 1 % / 10 % data).

    Note 001 trains on 1 % and 10 % of a data set to show how far transfer learning
    goes on little data. A fair experiment needs the subset to keep every class and to
    come out the same on every run and every machine.

    Args:
        source_dir: one folder per class (source_dir/cats/*.png, source_dir/dogs/...).
        target_dir: where the subset goes, one folder per class, the same names (it
            may exist already, empty class folders and all).
        fraction: the share of each class to keep, e.g. 0.1.
        seed: the random seed.

    What must hold: from each class of n files, max(1, round(n * fraction)) different
    files, picked at random with a generator seeded with `seed`, and copied (not moved)
    under the same names to target_dir/<class>/. The same seed picks the same files,
    in any process and whatever order the file system lists them in (so pick among
    the sorted names, class by class in sorted order); another seed picks others.
    Every class is kept, with at least one file, so a loader finds every class.
    Note 001 loads ready-made subsets: this way of making them is the kit's own.

    Returns:
        target_dir.

    The grader will try classes of 20, 17 and 13 files with fractions 0.1, 0.01 and 0.6,
    folders listed in another order, and a new Python process.
    """
    raise NotImplementedError
