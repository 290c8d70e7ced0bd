"""The trained relation classifier `linkchart.relations.model.v1` and how it is made: candidate
pairs and their features (`pairs.py`, shared by training and inference), labels from gold
(`labels.py`, `dataset.py`), training (`train.py`, `recipe.yaml`, `make train`) and the model as
data (`model.py`; the committed weights, config and model card in `relations-v1/`). The
extractor that runs it is `extract/extractors/model.py`."""
