"""The selected initiative: its facts (detail pane), your notes, stars and tags (annotation
panel, undoable through the annotator) and the source viewer."""
