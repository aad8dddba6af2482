"""Message classifiers: four tags, zero or more per message (see the labeling guide).

features.py: text normalisation and hand-made cues; pipeline.py: unfitted scikit-learn
factories; model.py: training, thresholds, safe persistence (skops) and loading."""

TAGS: tuple[str, ...] = ("value_giving", "apologetic", "listening", "self_promotional")
