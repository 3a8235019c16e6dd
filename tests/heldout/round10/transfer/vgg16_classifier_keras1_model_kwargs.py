"""Wrong: builds the model as note 004 does, keras.Model(input=..., output=...), keywords Keras 3 does not accept; breaks 'Build and compile note 004's VGG16 binary classifier, ready for fine-tuning.'."""

EXERCISE, VERDICT = "transfer.vgg16_classifier", "wrong"

MUTATE = [
    ('    model = keras.Model(inputs=base.input, outputs=outputs)',
     '    model = keras.Model(input=base.input, output=outputs)'),
]
