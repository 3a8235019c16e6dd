"""Wrong: stops only when the accuracy reaches the threshold *and* the loss fell below its best so far ("not a fluke"), so an epoch at the threshold with a higher loss trains on; breaks 'when an epoch ends with an accuracy at or above the threshold, fit() stops after that epoch'."""
EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "wrong"
MUTATE = [("""        if (logs or {}).get("accuracy", 0.0) >= self.threshold:
            self.model.stop_training = True""",
           """        logs = logs or {}
        best = getattr(self, "best_loss", float("inf"))
        loss = logs.get("loss", 0.0)
        self.best_loss = min(best, loss)
        if logs.get("accuracy", 0.0) >= self.threshold and loss < best:
            self.model.stop_training = True""")]
