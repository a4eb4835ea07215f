"""The pure core: models, knowledge, classifier, clustering, severity, alert formatting.

Nothing in this package does network, Kafka or clock access; time and ids are passed in.
The classifier's hot modules may run compiled (see `compiled`): checked here, before either
can be imported.
"""

from . import compiled

compiled.check()
