# Shared settings for the build scripts.
APP=ledger
BUILDER_IMAGE="${APP}-builder"
export ARTIFACT=/go/bin/ledger
