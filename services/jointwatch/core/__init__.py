"""The pure core: models, knowledge, classifier, clustering, severity, alert formatting.

Nothing in this package does network, Kafka or clock access; time and ids are passed in.
"""
