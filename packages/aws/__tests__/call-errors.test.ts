// Found by the fuzzing of issue 12: what the AWS SDK throws carried server text into messages raw
// (its XML or JSON parser quotes the body; an error code from the wire was printed as given).
import { toAwsCallError } from '@gitops-actions/aws';

describe('toAwsCallError', () => {
  it('does not echo a body the SDK could not parse', () => {
    const parse = Object.assign(
      new SyntaxError(`Unexpected token 'F', "FORGED\n::warning::x" is not valid JSON`),
      {
        $metadata: { httpStatusCode: 200 },
      },
    );
    const error = toAwsCallError(parse);
    expect(error.code).toBe('MalformedAnswer');
    expect(error.message).toBe('answered with neither its XML nor its JSON (a proxy?)');
    expect(error.retryable).toBe(false);
  });

  it('prints a code only when it is an identifier, and quotes the message', () => {
    const odd = Object.assign(new Error('slow\n::add-path::/tmp'), { name: 'Throttling\n::add-path::/x' });
    const error = toAwsCallError(odd);
    expect(error.code).toBe('UnknownError');
    expect(error.message).toBe("'slow\\n::add-path::/tmp'");
  });

  it('reads a socket failure with kit, naming no library text', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' });
    const error = toAwsCallError(refused);
    expect(error).toMatchObject({ code: 'ECONNREFUSED', unreachable: true, retryable: false });
    expect(error.message).toBe('refused the connection: nothing listens there (ECONNREFUSED)');
  });
});
