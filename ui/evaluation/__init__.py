"""The evaluation overlay in the app: canvas badges, details sections, the Hints dock, install_evaluation(window)."""
