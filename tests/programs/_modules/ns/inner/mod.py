WHERE = "namespace inner mod"
