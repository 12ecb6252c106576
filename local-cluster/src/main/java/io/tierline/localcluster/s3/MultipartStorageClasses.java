package io.tierline.localcluster.s3;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.blobstore.ForwardingBlobStore;
import org.gaul.s3proxy.blobstore.domain.MultipartUpload;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadResponse;
import software.amazon.awssdk.services.s3.model.CreateMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.StorageClass;

/**
 * Keeps the storage class of a multipart upload, as S3 does. S3Proxy 4.1.0's filesystem store keeps
 * the class of a single PUT (in an extended attribute of the file) and returns it on HEAD and LIST,
 * but drops the one a CreateMultipartUpload names: its handler rebuilds that request at completion
 * from the upload's placeholder object, which was written without a class. This store remembers the
 * class by upload id, in memory, and hands it back on completion.
 */
final class MultipartStorageClasses extends ForwardingBlobStore {
  private final Map<String, StorageClass> classes = new ConcurrentHashMap<>();

  MultipartStorageClasses(BlobStore delegate) {
    super(delegate);
  }

  @Override
  public MultipartUpload initiateMultipartUpload(CreateMultipartUploadRequest request) {
    MultipartUpload upload = super.initiateMultipartUpload(request);
    if (request.storageClass() != null) {
      classes.put(upload.id(), request.storageClass());
    }
    return upload;
  }

  @Override
  public void abortMultipartUpload(MultipartUpload upload) {
    classes.remove(upload.id());
    super.abortMultipartUpload(upload);
  }

  @Override
  public CompleteMultipartUploadResponse completeMultipartUpload(
      MultipartUpload upload, CompleteMultipartUploadRequest request) {
    StorageClass storageClass = classes.remove(upload.id());
    MultipartUpload classed =
        storageClass == null
            ? upload
            : new MultipartUpload(
                upload.id(),
                upload.request().toBuilder().storageClass(storageClass).build(),
                upload.response());
    return super.completeMultipartUpload(classed, request);
  }
}
