"""Keras ``model.to_json()`` documents written from the public format, in the Keras 2 and 3 forms."""

from __future__ import annotations

DTYPE3 = {
    "module": "keras",
    "class_name": "DTypePolicy",
    "config": {"name": "float32"},
    "registered_name": None,
}


def keras2_layer(class_name: str, name: str, **config: object) -> dict[str, object]:
    return {
        "class_name": class_name,
        "config": {"name": name, "trainable": True, "dtype": "float32", **config},
    }


def keras3_layer(class_name: str, name: str, **config: object) -> dict[str, object]:
    return {
        "module": "keras.layers",
        "class_name": class_name,
        "config": {"name": name, "trainable": True, "dtype": DTYPE3, **config},
        "registered_name": None,
    }


def conv(filters, kernel, padding="valid", activation="relu", **more):
    return (
        "Conv2D",
        {
            "filters": filters, "kernel_size": [kernel, kernel], "strides": [1, 1], "padding": padding,
            "data_format": "channels_last", "dilation_rate": [1, 1], "groups": 1, "activation": activation,
            "use_bias": True, "kernel_initializer": {"class_name": "GlorotUniform", "config": {"seed": None}},
            **more,
        },
    )  # fmt: skip


#: The classic Keras CIFAR-10 example, as ``model.summary()`` lists it.
CIFAR = [
    ("conv2d", conv(32, 3, "same")),
    ("conv2d_1", conv(32, 3)),
    ("max_pooling2d", ("MaxPooling2D", {"pool_size": [2, 2], "strides": [2, 2], "padding": "valid"})),
    ("dropout", ("Dropout", {"rate": 0.25})),
    ("conv2d_2", conv(64, 3, "same")),
    ("conv2d_3", conv(64, 3)),
    ("max_pooling2d_1", ("MaxPooling2D", {"pool_size": [2, 2], "strides": [2, 2], "padding": "valid"})),
    ("dropout_1", ("Dropout", {"rate": 0.25})),
    ("flatten", ("Flatten", {"data_format": "channels_last"})),
    ("dense", ("Dense", {"units": 512, "activation": "relu", "use_bias": True})),
    ("dropout_2", ("Dropout", {"rate": 0.5})),
    ("dense_1", ("Dense", {"units": 10, "activation": "softmax", "use_bias": True})),
]


def keras2(layers, shape=(32, 32, 3), input_layer=True):
    body = [keras2_layer(kind, name, **config) for name, (kind, config) in layers]
    if input_layer:
        body.insert(0, keras2_layer("InputLayer", "input_1", batch_input_shape=[None, *shape], sparse=False))
    else:
        body[0]["config"]["batch_input_shape"] = [None, *shape]
    return {
        "class_name": "Sequential",
        "config": {"name": "sequential", "layers": body},
        "keras_version": "2.15.0",
        "backend": "tensorflow",
    }


def keras3(layers, shape=(32, 32, 3)):
    body = [keras3_layer(kind, name, **config) for name, (kind, config) in layers]
    body.insert(
        0,
        {
            "module": "keras.layers",
            "class_name": "InputLayer",
            "config": {
                "batch_shape": [None, *shape],
                "dtype": "float32",
                "sparse": False,
                "name": "input_layer",
            },
            "registered_name": None,
        },
    )
    return {
        "module": "keras",
        "class_name": "Sequential",
        "config": {"name": "sequential", "trainable": True, "dtype": DTYPE3, "layers": body,
                   "build_input_shape": [None, *shape]},
        "registered_name": None,
        "build_config": {"input_shape": [None, *shape]},
    }  # fmt: skip
