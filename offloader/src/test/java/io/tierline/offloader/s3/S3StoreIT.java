package io.tierline.offloader.s3;

import io.tierline.offloader.ObjectStore;
import io.tierline.offloader.segment.InProcessS3StoreContract;
import io.tierline.offloader.testing.S3Fixtures;

/** The store contract on the AWS SDK backend, against an S3 server over HTTP. */
class S3StoreIT extends InProcessS3StoreContract {

  @Override
  protected ObjectStore newObjectStore() {
    return S3ObjectStore.create(S3Fixtures.s3Settings(endpoint()));
  }
}
