"""Wrong: gives the output layer activation=tf.nn.softmax, a TensorFlow function rather than Keras' own activation, which a saved model cannot load back; breaks 'A model holds Keras' own layers only'."""
EXERCISE, VERDICT = "fundamentals.multiclass_classifier", "wrong"
MUTATE = [("import numpy as np\n", "import numpy as np\nimport tensorflow as tf\n"),
          ('        keras.layers.Dense(num_classes, activation="softmax"),',
           '        keras.layers.Dense(num_classes, activation=tf.nn.softmax),')]
