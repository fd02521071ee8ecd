// The light build (no Redis clustering) is what the throttling plugin itself loads; same API.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
