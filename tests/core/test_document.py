"""Editing a document: every edit is undoable and redoable, listeners see each change."""

from __future__ import annotations

import pytest
from hypothesis import given

from designer.core.architecture import InputSpec
from designer.core.document import Document
from designer.core.presets import load_preset
from tests.strategies import architectures


def names(document: Document) -> list[str]:
    return [layer.name for layer in document.architecture.layers]


def test_edits_undo_and_redo_in_order():
    document = Document(load_preset("lenet5"))
    original = document.architecture
    seen = []
    document.subscribe(seen.append)
    document.insert(5, document.new_layer("Dropout"))
    document.move(5, 0)
    document.duplicate(1)
    document.remove(0)
    assert names(document)[:3] == ["c1", "c1_1", "s2"]
    assert document.undo_text == "Delete dropout_1"
    assert document.modified
    for _ in range(4):
        document.undo()
    assert document.architecture == original
    assert not document.modified
    assert document.redo_text == "Add Dropout dropout_1"
    for _ in range(4):
        document.redo()
    assert names(document)[:3] == ["c1", "c1_1", "s2"]
    assert len(seen) == 12


def test_param_edits_in_a_row_merge_into_one_step():
    document = Document(load_preset("lenet5"))
    for filters in (7, 8, 9):
        document.set_param(0, "filters", filters)
    document.set_param(0, "kernel_size", 3)
    assert document.architecture.layers[0].params["filters"] == 9
    document.undo()
    assert document.undo_text == "Change filters of c1"
    document.undo()
    assert document.architecture.layers[0].params["filters"] == 6
    assert document.undo_text == ""


def test_rename_checks_the_name():
    document = Document(load_preset("lenet5"))
    assert document.rename(0, "s2") == '"s2" already names another layer'
    assert "Python keyword" in document.rename(0, "lambda")
    assert "letters, digits or underscores" in document.rename(0, "conv 1")
    assert document.rename(0, "conv1") is None
    assert names(document)[0] == "conv1"
    assert document.undo_text == "Rename c1 to conv1"


def test_new_layer_names_are_unique():
    document = Document(load_preset("cifar10_cnn"))
    first = document.new_layer("Conv2D")
    document.insert(0, first)
    assert (first.name, document.new_layer("Conv2D").name) == ("conv2d_1", "conv2d_2")


def test_a_new_edit_clears_redo_and_no_change_is_no_edit():
    document = Document(load_preset("lenet5"))
    document.set_input(InputSpec(1, 28, 28))
    document.undo()
    document.set_param(0, "filters", 6)
    assert document.redo_text == "Change the input"
    document.set_param(0, "filters", 4)
    assert document.redo_text == ""
    document.mark_saved()
    assert not document.modified


@given(architectures())
def test_every_offered_fix_removes_its_error(architecture):
    from designer.core.inference import infer

    for report in infer(architecture).layers:
        for fix in report.fixes:
            document = Document(architecture)
            document.apply_fix(report.index, fix)
            index = report.index + (1 if fix.insert_flatten else 0)
            assert infer(document.architecture).layers[index].error != report.error.replace(
                f"layer {report.index + 1} ", f"layer {index + 1} "
            )
            document.undo()
            assert document.architecture == architecture


def test_fixes_for_the_common_mistakes():
    from designer.core.architecture import Architecture, InputSpec, Layer
    from designer.core.inference import infer

    dense_on_map = Architecture(InputSpec(1, 8, 8), (Layer.new("Dense", "d"),))
    (fix,) = infer(dense_on_map).layers[0].fixes
    document = Document(dense_on_map)
    document.apply_fix(0, fix)
    assert [layer.kind for layer in document.architecture.layers] == ["Flatten", "Dense"]
    assert infer(document.architecture).valid

    big_kernel = Architecture(InputSpec(1, 4, 6), (Layer.new("Conv2D", "c", kernel_size=5),))
    fixes = infer(big_kernel).layers[0].fixes
    assert [f.description for f in fixes] == ['Use "same" padding', "Shrink the kernel to 4x5"]
    for fix in fixes:
        document = Document(big_kernel)
        document.apply_fix(0, fix)
        assert infer(document.architecture).valid


def test_training_settings_edits_are_undoable_and_merge_per_field():
    document = Document(load_preset("lenet5"))
    settings = document.architecture.training
    for epochs in (6, 7, 8):
        settings = settings.with_values(epochs=epochs)
        document.set_training(settings)
    assert document.undo_text == "Change epochs"
    document.undo()
    assert document.architecture.training.epochs == 5
    assert not document.modified


def test_wrapping_layers_in_a_residual_block_and_unwrapping_undo_as_one_step():
    document = Document(load_preset("lenet5"))
    before = document.architecture
    block = document.wrap(2, 3)  # c3 and s4
    assert document.undo_text == "Wrap c3 to s4 in a residual block"
    assert [layer.name for layer in block.branches[0]] == ["c3", "s4"]
    assert document.architecture.layers[2] is block
    assert document.summary.valid  # the block's projection brings 6x14x14 to 16x5x5
    assert document.unwrap(2) is None
    assert document.architecture == before
    document.undo()
    assert document.architecture.layers[2] == block
    document.undo()
    assert document.architecture == before
    assert document.unwrap(0) == "c1 is not a block"


def test_new_blocks_start_valid_and_every_name_stays_unique():
    document = Document(load_preset("cifar10_cnn"))
    for kind in ("Residual", "Parallel"):
        document.insert(1, document.new_layer(kind))
        assert document.summary.valid, document.summary.errors
    names = [layer.name for layer in document.architecture.all_layers()]
    assert len(names) == len(set(names))
    copy = document.duplicate(1)
    names = [layer.name for layer in document.architecture.all_layers()]
    assert len(names) == len(set(names))
    assert copy.kind == "Parallel"
    assert len(copy.branches) == 2
    inner = document.architecture.layers[2].branches[0][0].name
    assert document.rename(0, inner) == f'"{inner}" already names another layer'
    original = document.architecture.layers[1].name
    assert document.unwrap(1) == f"{original} has 2 branches; only a block of one can be unwrapped"


def test_editing_inside_a_block_changes_only_its_stack_and_undoes():
    document = Document(load_preset("resnet20"))
    top = document.architecture
    document.set_scope(((4, 0),))  # s1b2's body
    assert [layer.name for layer in document.layers][:2] == ["s1b2_conv1", "s1b2_bn1"]
    assert document.scope_input == (16, 32, 32)
    assert document.scope_path() == [("s1b2", 0, 1)]
    assert [report.output_shape for report in document.reports][0] == (16, 32, 32)
    document.set_param(0, "filters", 24)
    assert document.summary.valid  # a projection now brings the input to 24 channels
    assert document.architecture.layers[4].branches[0][0].params["filters"] == 24
    document.insert(2, document.new_layer("Dropout"))
    document.remove(0)
    assert [layer.kind for layer in document.layers][:2] == ["BatchNorm", "Dropout"]
    assert document.architecture.layers[:4] == top.layers[:4]
    document.undo()
    document.undo()
    document.undo()
    assert document.architecture == top
    assert document.scope == ((4, 0),)


def test_the_scope_steps_out_of_a_block_that_goes_away():
    document = Document(load_preset("lenet5"))
    document.wrap(0, 1)
    document.set_scope(((0, 0),))
    assert [layer.name for layer in document.layers] == ["c1", "s2"]
    document.undo()  # the block is gone
    assert document.scope == ()
    assert document.layers == load_preset("lenet5").layers
    with pytest.raises(ValueError, match="no stack"):
        document.set_scope(((0, 0),))


def test_parallel_branches_are_added_and_removed_in_place():
    document = Document(load_preset("inception_mini"))
    assert document.add_branch(2) == 4
    block = document.architecture.layers[2]
    assert len(block.branches) == 5
    assert block.branches[4][0].params["kernel_size"] == 1
    assert document.summary.valid
    document.remove_branch(2, 0)
    assert len(document.architecture.layers[2].branches) == 4
    assert document.undo_text == "Remove branch 1 of mixed1"
