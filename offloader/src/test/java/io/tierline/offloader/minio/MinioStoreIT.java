package io.tierline.offloader.minio;

import io.tierline.offloader.ObjectStore;
import io.tierline.offloader.segment.InProcessS3StoreContract;
import io.tierline.offloader.testing.S3Fixtures;

/** The store contract on the MinIO client backend, against an S3 server over HTTP. */
class MinioStoreIT extends InProcessS3StoreContract {

  @Override
  protected ObjectStore newObjectStore() {
    return MinioObjectStore.create(S3Fixtures.minioSettings(endpoint()));
  }
}
