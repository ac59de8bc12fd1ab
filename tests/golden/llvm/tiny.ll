; ModuleID = 'tiny'
source_filename = "tiny"

@eic_grad_units = constant i64 257
@eic_gain_units = constant i64 2
@eic_gain_floats = constant i64 131328
@eic_model_fingerprint = constant i64 7429660201464023180
@eic_knobs = global [28 x float] [float 0.000000e+00, float 0.000000e+00, float 1.000000e+00, float 1.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 1.000000e+00, float 1.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 1.000000e+00, float 1.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 1.000000e+00, float 1.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00]

define void @eic_gains(ptr %params, ptr %gains, i64 %u0, i64 %u1, i64 %seed, i64 %instance, i32 %prec) {
entry:
  %bf16 = icmp eq i32 %prec, 1
  %0 = icmp sgt i64 %u0, 0
  %1 = select i1 %0, i64 %u0, i64 0
  %2 = icmp slt i64 %u1, 1
  %3 = select i1 %2, i64 %u1, i64 1
  %4 = icmp slt i64 %3, %1
  %5 = select i1 %4, i64 %1, i64 %3
  br label %loop

loop:                                             ; preds = %done7, %entry
  %i = phi i64 [ %1, %entry ], [ %26, %done7 ]
  %6 = icmp slt i64 %i, %5
  br i1 %6, label %body, label %done

body:                                             ; preds = %loop
  %7 = sub i64 %i, 0
  %8 = getelementptr float, ptr %params, i64 65536
  %9 = mul i64 %7, 256
  %10 = add i64 0, %9
  %11 = getelementptr float, ptr %gains, i64 %10
  br label %loop1

done:                                             ; preds = %loop
  %12 = icmp sgt i64 %u0, 1
  %13 = select i1 %12, i64 %u0, i64 1
  %14 = icmp slt i64 %u1, 2
  %15 = select i1 %14, i64 %u1, i64 2
  %16 = icmp slt i64 %15, %13
  %17 = select i1 %16, i64 %13, i64 %15
  br label %loop13

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %20, %body2 ]
  %18 = icmp slt i64 %i4, 256
  br i1 %18, label %body2, label %done3

body2:                                            ; preds = %loop1
  %19 = getelementptr float, ptr %11, i64 %i4
  store <8 x float> zeroinitializer, ptr %19, align 4
  %20 = add i64 %i4, 8
  br label %loop1

done3:                                            ; preds = %loop1
  br label %loop5

loop5:                                            ; preds = %done11, %done3
  %i8 = phi i64 [ 0, %done3 ], [ %34, %done11 ]
  %21 = icmp slt i64 %i8, 256
  br i1 %21, label %body6, label %done7

body6:                                            ; preds = %loop5
  %22 = mul i64 %7, 256
  %23 = add i64 %22, %i8
  %24 = mul i64 %23, 256
  %25 = getelementptr float, ptr %8, i64 %24
  br label %loop9

done7:                                            ; preds = %loop5
  %26 = add i64 %i, 1
  br label %loop

loop9:                                            ; preds = %body10, %body6
  %i12 = phi i64 [ 0, %body6 ], [ %33, %body10 ]
  %27 = icmp slt i64 %i12, 256
  br i1 %27, label %body10, label %done11

body10:                                           ; preds = %loop9
  %28 = getelementptr float, ptr %11, i64 %i12
  %29 = getelementptr float, ptr %25, i64 %i12
  %30 = load <8 x float>, ptr %29, align 4
  %31 = load <8 x float>, ptr %28, align 4
  %32 = fadd <8 x float> %31, %30
  store <8 x float> %32, ptr %28, align 4
  %33 = add i64 %i12, 8
  br label %loop9

done11:                                           ; preds = %loop9
  %34 = add i64 %i8, 1
  br label %loop5

loop13:                                           ; preds = %done19, %done
  %i16 = phi i64 [ %13, %done ], [ %42, %done19 ]
  %35 = icmp slt i64 %i16, %17
  br i1 %35, label %body14, label %done15

body14:                                           ; preds = %loop13
  %36 = sub i64 %i16, 1
  %37 = getelementptr float, ptr %params, i64 0
  %38 = getelementptr float, ptr %gains, i64 256
  %39 = getelementptr float, ptr %gains, i64 65792
  %40 = mul i64 %36, 65536
  br label %loop17

done15:                                           ; preds = %loop13
  ret void

loop17:                                           ; preds = %done23, %body14
  %i20 = phi i64 [ 0, %body14 ], [ %244, %done23 ]
  %41 = icmp slt i64 %i20, 256
  br i1 %41, label %body18, label %done19

body18:                                           ; preds = %loop17
  br label %loop21

done19:                                           ; preds = %loop17
  %42 = add i64 %i16, 1
  br label %loop13

loop21:                                           ; preds = %join, %body18
  %i24 = phi i64 [ 0, %body18 ], [ %253, %join ]
  %43 = icmp slt i64 %i24, 256
  br i1 %43, label %body22, label %done23

body22:                                           ; preds = %loop21
  %44 = add i64 %i20, 0
  %45 = mul i64 %44, 256
  %46 = add i64 %45, %i24
  %47 = add i64 %40, %46
  %48 = getelementptr float, ptr %37, i64 %47
  %49 = load <8 x float>, ptr %48, align 4
  %50 = bitcast <8 x float> %49 to <8 x i32>
  %51 = lshr <8 x i32> %50, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %52 = and <8 x i32> %51, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %53 = add <8 x i32> %52, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %54 = add <8 x i32> %50, %53
  %55 = fcmp uno <8 x float> %49, %49
  %56 = or <8 x i32> %50, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %57 = select <8 x i1> %55, <8 x i32> %56, <8 x i32> %54
  %58 = and <8 x i32> %57, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %59 = bitcast <8 x i32> %58 to <8 x float>
  %60 = select i1 %bf16, <8 x float> %59, <8 x float> %49
  %61 = add i64 %i20, 1
  %62 = mul i64 %61, 256
  %63 = add i64 %62, %i24
  %64 = add i64 %40, %63
  %65 = getelementptr float, ptr %37, i64 %64
  %66 = load <8 x float>, ptr %65, align 4
  %67 = bitcast <8 x float> %66 to <8 x i32>
  %68 = lshr <8 x i32> %67, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %69 = and <8 x i32> %68, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %70 = add <8 x i32> %69, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %71 = add <8 x i32> %67, %70
  %72 = fcmp uno <8 x float> %66, %66
  %73 = or <8 x i32> %67, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %74 = select <8 x i1> %72, <8 x i32> %73, <8 x i32> %71
  %75 = and <8 x i32> %74, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %76 = bitcast <8 x i32> %75 to <8 x float>
  %77 = select i1 %bf16, <8 x float> %76, <8 x float> %66
  %78 = add i64 %i20, 2
  %79 = mul i64 %78, 256
  %80 = add i64 %79, %i24
  %81 = add i64 %40, %80
  %82 = getelementptr float, ptr %37, i64 %81
  %83 = load <8 x float>, ptr %82, align 4
  %84 = bitcast <8 x float> %83 to <8 x i32>
  %85 = lshr <8 x i32> %84, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %86 = and <8 x i32> %85, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %87 = add <8 x i32> %86, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %88 = add <8 x i32> %84, %87
  %89 = fcmp uno <8 x float> %83, %83
  %90 = or <8 x i32> %84, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %91 = select <8 x i1> %89, <8 x i32> %90, <8 x i32> %88
  %92 = and <8 x i32> %91, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %93 = bitcast <8 x i32> %92 to <8 x float>
  %94 = select i1 %bf16, <8 x float> %93, <8 x float> %83
  %95 = add i64 %i20, 3
  %96 = mul i64 %95, 256
  %97 = add i64 %96, %i24
  %98 = add i64 %40, %97
  %99 = getelementptr float, ptr %37, i64 %98
  %100 = load <8 x float>, ptr %99, align 4
  %101 = bitcast <8 x float> %100 to <8 x i32>
  %102 = lshr <8 x i32> %101, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %103 = and <8 x i32> %102, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %104 = add <8 x i32> %103, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %105 = add <8 x i32> %101, %104
  %106 = fcmp uno <8 x float> %100, %100
  %107 = or <8 x i32> %101, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %108 = select <8 x i1> %106, <8 x i32> %107, <8 x i32> %105
  %109 = and <8 x i32> %108, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %110 = bitcast <8 x i32> %109 to <8 x float>
  %111 = select i1 %bf16, <8 x float> %110, <8 x float> %100
  %112 = add i64 %i20, 4
  %113 = mul i64 %112, 256
  %114 = add i64 %113, %i24
  %115 = add i64 %40, %114
  %116 = getelementptr float, ptr %37, i64 %115
  %117 = load <8 x float>, ptr %116, align 4
  %118 = bitcast <8 x float> %117 to <8 x i32>
  %119 = lshr <8 x i32> %118, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %120 = and <8 x i32> %119, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %121 = add <8 x i32> %120, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %122 = add <8 x i32> %118, %121
  %123 = fcmp uno <8 x float> %117, %117
  %124 = or <8 x i32> %118, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %125 = select <8 x i1> %123, <8 x i32> %124, <8 x i32> %122
  %126 = and <8 x i32> %125, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %127 = bitcast <8 x i32> %126 to <8 x float>
  %128 = select i1 %bf16, <8 x float> %127, <8 x float> %117
  %129 = add i64 %i20, 5
  %130 = mul i64 %129, 256
  %131 = add i64 %130, %i24
  %132 = add i64 %40, %131
  %133 = getelementptr float, ptr %37, i64 %132
  %134 = load <8 x float>, ptr %133, align 4
  %135 = bitcast <8 x float> %134 to <8 x i32>
  %136 = lshr <8 x i32> %135, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %137 = and <8 x i32> %136, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %138 = add <8 x i32> %137, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %139 = add <8 x i32> %135, %138
  %140 = fcmp uno <8 x float> %134, %134
  %141 = or <8 x i32> %135, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %142 = select <8 x i1> %140, <8 x i32> %141, <8 x i32> %139
  %143 = and <8 x i32> %142, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %144 = bitcast <8 x i32> %143 to <8 x float>
  %145 = select i1 %bf16, <8 x float> %144, <8 x float> %134
  %146 = add i64 %i20, 6
  %147 = mul i64 %146, 256
  %148 = add i64 %147, %i24
  %149 = add i64 %40, %148
  %150 = getelementptr float, ptr %37, i64 %149
  %151 = load <8 x float>, ptr %150, align 4
  %152 = bitcast <8 x float> %151 to <8 x i32>
  %153 = lshr <8 x i32> %152, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %154 = and <8 x i32> %153, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %155 = add <8 x i32> %154, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %156 = add <8 x i32> %152, %155
  %157 = fcmp uno <8 x float> %151, %151
  %158 = or <8 x i32> %152, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %159 = select <8 x i1> %157, <8 x i32> %158, <8 x i32> %156
  %160 = and <8 x i32> %159, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %161 = bitcast <8 x i32> %160 to <8 x float>
  %162 = select i1 %bf16, <8 x float> %161, <8 x float> %151
  %163 = add i64 %i20, 7
  %164 = mul i64 %163, 256
  %165 = add i64 %164, %i24
  %166 = add i64 %40, %165
  %167 = getelementptr float, ptr %37, i64 %166
  %168 = load <8 x float>, ptr %167, align 4
  %169 = bitcast <8 x float> %168 to <8 x i32>
  %170 = lshr <8 x i32> %169, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %171 = and <8 x i32> %170, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %172 = add <8 x i32> %171, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %173 = add <8 x i32> %169, %172
  %174 = fcmp uno <8 x float> %168, %168
  %175 = or <8 x i32> %169, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %176 = select <8 x i1> %174, <8 x i32> %175, <8 x i32> %173
  %177 = and <8 x i32> %176, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %178 = bitcast <8 x i32> %177 to <8 x float>
  %179 = select i1 %bf16, <8 x float> %178, <8 x float> %168
  %180 = shufflevector <8 x float> %60, <8 x float> %77, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %181 = shufflevector <8 x float> %60, <8 x float> %77, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %182 = shufflevector <8 x float> %94, <8 x float> %111, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %183 = shufflevector <8 x float> %94, <8 x float> %111, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %184 = shufflevector <8 x float> %180, <8 x float> %182, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %185 = shufflevector <8 x float> %180, <8 x float> %182, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %186 = shufflevector <8 x float> %181, <8 x float> %183, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %187 = shufflevector <8 x float> %181, <8 x float> %183, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %188 = shufflevector <8 x float> %128, <8 x float> %145, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %189 = shufflevector <8 x float> %128, <8 x float> %145, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %190 = shufflevector <8 x float> %162, <8 x float> %179, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %191 = shufflevector <8 x float> %162, <8 x float> %179, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %192 = shufflevector <8 x float> %188, <8 x float> %190, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %193 = shufflevector <8 x float> %188, <8 x float> %190, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %194 = shufflevector <8 x float> %189, <8 x float> %191, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %195 = shufflevector <8 x float> %189, <8 x float> %191, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %196 = shufflevector <8 x float> %184, <8 x float> %192, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %197 = shufflevector <8 x float> %184, <8 x float> %192, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %198 = shufflevector <8 x float> %185, <8 x float> %193, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %199 = shufflevector <8 x float> %185, <8 x float> %193, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %200 = shufflevector <8 x float> %186, <8 x float> %194, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %201 = shufflevector <8 x float> %186, <8 x float> %194, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %202 = shufflevector <8 x float> %187, <8 x float> %195, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %203 = shufflevector <8 x float> %187, <8 x float> %195, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %204 = add i64 %i24, 0
  %205 = mul i64 %204, 256
  %206 = add i64 %205, %i20
  %207 = add i64 %40, %206
  %208 = getelementptr float, ptr %38, i64 %207
  store <8 x float> %196, ptr %208, align 4
  %209 = add i64 %i24, 1
  %210 = mul i64 %209, 256
  %211 = add i64 %210, %i20
  %212 = add i64 %40, %211
  %213 = getelementptr float, ptr %38, i64 %212
  store <8 x float> %198, ptr %213, align 4
  %214 = add i64 %i24, 2
  %215 = mul i64 %214, 256
  %216 = add i64 %215, %i20
  %217 = add i64 %40, %216
  %218 = getelementptr float, ptr %38, i64 %217
  store <8 x float> %200, ptr %218, align 4
  %219 = add i64 %i24, 3
  %220 = mul i64 %219, 256
  %221 = add i64 %220, %i20
  %222 = add i64 %40, %221
  %223 = getelementptr float, ptr %38, i64 %222
  store <8 x float> %202, ptr %223, align 4
  %224 = add i64 %i24, 4
  %225 = mul i64 %224, 256
  %226 = add i64 %225, %i20
  %227 = add i64 %40, %226
  %228 = getelementptr float, ptr %38, i64 %227
  store <8 x float> %197, ptr %228, align 4
  %229 = add i64 %i24, 5
  %230 = mul i64 %229, 256
  %231 = add i64 %230, %i20
  %232 = add i64 %40, %231
  %233 = getelementptr float, ptr %38, i64 %232
  store <8 x float> %199, ptr %233, align 4
  %234 = add i64 %i24, 6
  %235 = mul i64 %234, 256
  %236 = add i64 %235, %i20
  %237 = add i64 %40, %236
  %238 = getelementptr float, ptr %38, i64 %237
  store <8 x float> %201, ptr %238, align 4
  %239 = add i64 %i24, 7
  %240 = mul i64 %239, 256
  %241 = add i64 %240, %i20
  %242 = add i64 %40, %241
  %243 = getelementptr float, ptr %38, i64 %242
  store <8 x float> %203, ptr %243, align 4
  br i1 %bf16, label %then, label %join

done23:                                           ; preds = %loop21
  %244 = add i64 %i20, 8
  br label %loop17

then:                                             ; preds = %body22
  %245 = getelementptr float, ptr %39, i64 %47
  store <8 x float> %60, ptr %245, align 4
  %246 = getelementptr float, ptr %39, i64 %64
  store <8 x float> %77, ptr %246, align 4
  %247 = getelementptr float, ptr %39, i64 %81
  store <8 x float> %94, ptr %247, align 4
  %248 = getelementptr float, ptr %39, i64 %98
  store <8 x float> %111, ptr %248, align 4
  %249 = getelementptr float, ptr %39, i64 %115
  store <8 x float> %128, ptr %249, align 4
  %250 = getelementptr float, ptr %39, i64 %132
  store <8 x float> %145, ptr %250, align 4
  %251 = getelementptr float, ptr %39, i64 %149
  store <8 x float> %162, ptr %251, align 4
  %252 = getelementptr float, ptr %39, i64 %166
  store <8 x float> %179, ptr %252, align 4
  br label %join

join:                                             ; preds = %then, %body22
  %253 = add i64 %i24, 8
  br label %loop21
}

define void @eic_forward(ptr %params, ptr %gains, ptr %acts, i64 %b0, i64 %b1, i64 %seed, i64 %step, i64 %first, float %sigma, i32 %prec, i32 %train, i32 %s0, i32 %s1) {
entry:
  %0 = alloca float, align 4
  %1 = alloca <8 x float>, align 32
  %2 = alloca <8 x float>, align 32
  %3 = alloca <8 x float>, align 32
  %4 = alloca <8 x float>, align 32
  %5 = alloca <8 x float>, align 32
  %6 = alloca <8 x float>, align 32
  %7 = alloca <8 x float>, align 32
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  %10 = alloca <8 x float>, align 32
  %11 = alloca <8 x float>, align 32
  %12 = alloca <8 x float>, align 32
  %13 = alloca <8 x float>, align 32
  %14 = alloca <8 x float>, align 32
  %15 = alloca <8 x float>, align 32
  %16 = alloca <8 x float>, align 32
  %17 = alloca <8 x float>, align 32
  %18 = alloca <8 x float>, align 32
  %bf16 = icmp eq i32 %prec, 1
  %train1 = icmp ne i32 %train, 0
  %19 = icmp ult i32 0, %s1
  %20 = icmp ule i32 %s0, 0
  %21 = and i1 %20, %19
  br i1 %21, label %then, label %join

then:                                             ; preds = %entry
  br label %join

join:                                             ; preds = %then, %entry
  %22 = icmp ult i32 1, %s1
  %23 = icmp ule i32 %s0, 1
  %24 = and i1 %23, %22
  br i1 %24, label %then2, label %join3

then2:                                            ; preds = %join
  br i1 %bf16, label %then4, label %join5

join3:                                            ; preds = %done12, %join
  %25 = icmp ult i32 2, %s1
  %26 = icmp ule i32 %s0, 2
  %27 = and i1 %26, %25
  br i1 %27, label %then78, label %join79

then4:                                            ; preds = %then2
  br label %loop

join5:                                            ; preds = %done, %then2
  br label %loop10

loop:                                             ; preds = %done8, %then4
  %i = phi i64 [ %b0, %then4 ], [ %46, %done8 ]
  %28 = icmp slt i64 %i, %b1
  br i1 %28, label %body, label %done

body:                                             ; preds = %loop
  %29 = mul i64 %i, 784
  %30 = add i64 %29, 0
  %31 = getelementptr float, ptr %acts, i64 %30
  br label %loop6

done:                                             ; preds = %loop
  br label %join5

loop6:                                            ; preds = %body7, %body
  %i9 = phi i64 [ 0, %body ], [ %45, %body7 ]
  %32 = icmp slt i64 %i9, 256
  br i1 %32, label %body7, label %done8

body7:                                            ; preds = %loop6
  %33 = getelementptr float, ptr %31, i64 %i9
  %34 = load <8 x float>, ptr %33, align 4
  %35 = bitcast <8 x float> %34 to <8 x i32>
  %36 = lshr <8 x i32> %35, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %37 = and <8 x i32> %36, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %38 = add <8 x i32> %37, <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %39 = add <8 x i32> %35, %38
  %40 = fcmp uno <8 x float> %34, %34
  %41 = or <8 x i32> %35, <i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304, i32 4194304>
  %42 = select <8 x i1> %40, <8 x i32> %41, <8 x i32> %39
  %43 = and <8 x i32> %42, <i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536, i32 -65536>
  %44 = bitcast <8 x i32> %43 to <8 x float>
  store <8 x float> %44, ptr %33, align 4
  %45 = add i64 %i9, 8
  br label %loop6

done8:                                            ; preds = %loop6
  %46 = add i64 %i, 1
  br label %loop

loop10:                                           ; preds = %done16, %join5
  %i13 = phi i64 [ 0, %join5 ], [ %70, %done16 ]
  %47 = icmp slt i64 %i13, 1
  br i1 %47, label %body11, label %done12

body11:                                           ; preds = %loop10
  br label %loop14

done12:                                           ; preds = %loop10
  br label %join3

loop14:                                           ; preds = %done72, %body11
  %i17 = phi i64 [ 0, %body11 ], [ %499, %done72 ]
  %48 = icmp slt i64 %i17, 1
  br i1 %48, label %body15, label %done16

body15:                                           ; preds = %loop14
  %49 = mul i64 %i13, 1
  %50 = add i64 %49, %i17
  %51 = mul i64 %50, 65536
  %52 = add i64 256, %51
  %53 = getelementptr float, ptr %gains, i64 %52
  %54 = sub i64 %b1, %b0
  %55 = sdiv i64 %54, 6
  %56 = mul i64 %55, 6
  %57 = add i64 %b0, %56
  %58 = sub i64 %b1, %57
  %59 = and i64 %58, -2
  %60 = add i64 %57, %59
  %61 = mul i64 %i13, 256
  %62 = sub i64 10, %61
  %63 = call i64 @llvm.smin.i64(i64 %62, i64 256)
  %64 = call i64 @llvm.smax.i64(i64 %63, i64 0)
  %65 = insertelement <8 x i64> undef, i64 %64, i32 0
  %66 = shufflevector <8 x i64> %65, <8 x i64> undef, <8 x i32> zeroinitializer
  %67 = add i64 %64, 15
  %68 = udiv i64 %67, 16
  %69 = mul i64 %68, 16
  br label %loop18

done16:                                           ; preds = %loop14
  %70 = add i64 %i13, 1
  br label %loop10

loop18:                                           ; preds = %done24, %body15
  %i21 = phi i64 [ 0, %body15 ], [ %113, %done24 ]
  %71 = icmp slt i64 %i21, %69
  br i1 %71, label %body19, label %done20

body19:                                           ; preds = %loop18
  br label %loop22

done20:                                           ; preds = %loop18
  br label %loop30

loop22:                                           ; preds = %done28, %body19
  %i25 = phi i64 [ %b0, %body19 ], [ %312, %done28 ]
  %72 = icmp slt i64 %i25, %57
  br i1 %72, label %body23, label %done24

body23:                                           ; preds = %loop22
  %73 = mul i64 %i17, 256
  %74 = add i64 %i25, 0
  %75 = mul i64 %74, 784
  %76 = add i64 %75, 0
  %77 = getelementptr float, ptr %acts, i64 %76
  %78 = getelementptr float, ptr %77, i64 %73
  store <8 x float> zeroinitializer, ptr %18, align 32
  store <8 x float> zeroinitializer, ptr %17, align 32
  %79 = mul i64 %i17, 256
  %80 = add i64 %i25, 1
  %81 = mul i64 %80, 784
  %82 = add i64 %81, 0
  %83 = getelementptr float, ptr %acts, i64 %82
  %84 = getelementptr float, ptr %83, i64 %79
  store <8 x float> zeroinitializer, ptr %16, align 32
  store <8 x float> zeroinitializer, ptr %15, align 32
  %85 = mul i64 %i17, 256
  %86 = add i64 %i25, 2
  %87 = mul i64 %86, 784
  %88 = add i64 %87, 0
  %89 = getelementptr float, ptr %acts, i64 %88
  %90 = getelementptr float, ptr %89, i64 %85
  store <8 x float> zeroinitializer, ptr %14, align 32
  store <8 x float> zeroinitializer, ptr %13, align 32
  %91 = mul i64 %i17, 256
  %92 = add i64 %i25, 3
  %93 = mul i64 %92, 784
  %94 = add i64 %93, 0
  %95 = getelementptr float, ptr %acts, i64 %94
  %96 = getelementptr float, ptr %95, i64 %91
  store <8 x float> zeroinitializer, ptr %12, align 32
  store <8 x float> zeroinitializer, ptr %11, align 32
  %97 = mul i64 %i17, 256
  %98 = add i64 %i25, 4
  %99 = mul i64 %98, 784
  %100 = add i64 %99, 0
  %101 = getelementptr float, ptr %acts, i64 %100
  %102 = getelementptr float, ptr %101, i64 %97
  store <8 x float> zeroinitializer, ptr %10, align 32
  store <8 x float> zeroinitializer, ptr %9, align 32
  %103 = mul i64 %i17, 256
  %104 = add i64 %i25, 5
  %105 = mul i64 %104, 784
  %106 = add i64 %105, 0
  %107 = getelementptr float, ptr %acts, i64 %106
  %108 = getelementptr float, ptr %107, i64 %103
  store <8 x float> zeroinitializer, ptr %8, align 32
  store <8 x float> zeroinitializer, ptr %7, align 32
  %109 = mul i64 %i17, 256
  %110 = sub i64 256, %109
  %111 = call i64 @llvm.smin.i64(i64 %110, i64 256)
  %112 = call i64 @llvm.smax.i64(i64 %111, i64 0)
  br label %loop26

done24:                                           ; preds = %loop22
  %113 = add i64 %i21, 16
  br label %loop18

loop26:                                           ; preds = %body27, %body23
  %i29 = phi i64 [ 0, %body23 ], [ %173, %body27 ]
  %114 = icmp slt i64 %i29, %112
  br i1 %114, label %body27, label %done28

body27:                                           ; preds = %loop26
  %115 = add i64 %i21, 0
  %116 = mul i64 %i29, 256
  %117 = add i64 %116, %115
  %118 = getelementptr float, ptr %53, i64 %117
  %119 = load <8 x float>, ptr %118, align 4
  %120 = add i64 %i21, 8
  %121 = mul i64 %i29, 256
  %122 = add i64 %121, %120
  %123 = getelementptr float, ptr %53, i64 %122
  %124 = load <8 x float>, ptr %123, align 4
  %125 = getelementptr float, ptr %78, i64 %i29
  %126 = load float, ptr %125, align 4
  %127 = insertelement <8 x float> undef, float %126, i32 0
  %128 = shufflevector <8 x float> %127, <8 x float> undef, <8 x i32> zeroinitializer
  %129 = load <8 x float>, ptr %18, align 32
  %130 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %128, <8 x float> %119, <8 x float> %129)
  store <8 x float> %130, ptr %18, align 32
  %131 = load <8 x float>, ptr %17, align 32
  %132 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %128, <8 x float> %124, <8 x float> %131)
  store <8 x float> %132, ptr %17, align 32
  %133 = getelementptr float, ptr %84, i64 %i29
  %134 = load float, ptr %133, align 4
  %135 = insertelement <8 x float> undef, float %134, i32 0
  %136 = shufflevector <8 x float> %135, <8 x float> undef, <8 x i32> zeroinitializer
  %137 = load <8 x float>, ptr %16, align 32
  %138 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %136, <8 x float> %119, <8 x float> %137)
  store <8 x float> %138, ptr %16, align 32
  %139 = load <8 x float>, ptr %15, align 32
  %140 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %136, <8 x float> %124, <8 x float> %139)
  store <8 x float> %140, ptr %15, align 32
  %141 = getelementptr float, ptr %90, i64 %i29
  %142 = load float, ptr %141, align 4
  %143 = insertelement <8 x float> undef, float %142, i32 0
  %144 = shufflevector <8 x float> %143, <8 x float> undef, <8 x i32> zeroinitializer
  %145 = load <8 x float>, ptr %14, align 32
  %146 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %144, <8 x float> %119, <8 x float> %145)
  store <8 x float> %146, ptr %14, align 32
  %147 = load <8 x float>, ptr %13, align 32
  %148 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %144, <8 x float> %124, <8 x float> %147)
  store <8 x float> %148, ptr %13, align 32
  %149 = getelementptr float, ptr %96, i64 %i29
  %150 = load float, ptr %149, align 4
  %151 = insertelement <8 x float> undef, float %150, i32 0
  %152 = shufflevector <8 x float> %151, <8 x float> undef, <8 x i32> zeroinitializer
  %153 = load <8 x float>, ptr %12, align 32
  %154 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %152, <8 x float> %119, <8 x float> %153)
  store <8 x float> %154, ptr %12, align 32
  %155 = load <8 x float>, ptr %11, align 32
  %156 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %152, <8 x float> %124, <8 x float> %155)
  store <8 x float> %156, ptr %11, align 32
  %157 = getelementptr float, ptr %102, i64 %i29
  %158 = load float, ptr %157, align 4
  %159 = insertelement <8 x float> undef, float %158, i32 0
  %160 = shufflevector <8 x float> %159, <8 x float> undef, <8 x i32> zeroinitializer
  %161 = load <8 x float>, ptr %10, align 32
  %162 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %160, <8 x float> %119, <8 x float> %161)
  store <8 x float> %162, ptr %10, align 32
  %163 = load <8 x float>, ptr %9, align 32
  %164 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %160, <8 x float> %124, <8 x float> %163)
  store <8 x float> %164, ptr %9, align 32
  %165 = getelementptr float, ptr %108, i64 %i29
  %166 = load float, ptr %165, align 4
  %167 = insertelement <8 x float> undef, float %166, i32 0
  %168 = shufflevector <8 x float> %167, <8 x float> undef, <8 x i32> zeroinitializer
  %169 = load <8 x float>, ptr %8, align 32
  %170 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %168, <8 x float> %119, <8 x float> %169)
  store <8 x float> %170, ptr %8, align 32
  %171 = load <8 x float>, ptr %7, align 32
  %172 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %168, <8 x float> %124, <8 x float> %171)
  store <8 x float> %172, ptr %7, align 32
  %173 = add i64 %i29, 1
  br label %loop26

done28:                                           ; preds = %loop26
  %174 = mul i64 %50, 256
  %175 = add i64 %174, %i21
  %176 = add i64 %i25, 0
  %177 = mul i64 %176, 784
  %178 = add i64 %177, 256
  %179 = getelementptr float, ptr %acts, i64 %178
  %180 = getelementptr float, ptr %179, i64 %175
  %181 = getelementptr float, ptr %180, i64 0
  %182 = load <8 x float>, ptr %18, align 32
  %183 = add i64 %i21, 0
  %184 = insertelement <8 x i64> undef, i64 %183, i32 0
  %185 = shufflevector <8 x i64> %184, <8 x i64> undef, <8 x i32> zeroinitializer
  %186 = add <8 x i64> %185, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %187 = icmp slt <8 x i64> %186, %66
  %188 = select <8 x i1> %187, <8 x float> %182, <8 x float> zeroinitializer
  store <8 x float> %188, ptr %181, align 4
  %189 = getelementptr float, ptr %180, i64 8
  %190 = load <8 x float>, ptr %17, align 32
  %191 = add i64 %i21, 8
  %192 = insertelement <8 x i64> undef, i64 %191, i32 0
  %193 = shufflevector <8 x i64> %192, <8 x i64> undef, <8 x i32> zeroinitializer
  %194 = add <8 x i64> %193, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %195 = icmp slt <8 x i64> %194, %66
  %196 = select <8 x i1> %195, <8 x float> %190, <8 x float> zeroinitializer
  store <8 x float> %196, ptr %189, align 4
  %197 = mul i64 %50, 256
  %198 = add i64 %197, %i21
  %199 = add i64 %i25, 1
  %200 = mul i64 %199, 784
  %201 = add i64 %200, 256
  %202 = getelementptr float, ptr %acts, i64 %201
  %203 = getelementptr float, ptr %202, i64 %198
  %204 = getelementptr float, ptr %203, i64 0
  %205 = load <8 x float>, ptr %16, align 32
  %206 = add i64 %i21, 0
  %207 = insertelement <8 x i64> undef, i64 %206, i32 0
  %208 = shufflevector <8 x i64> %207, <8 x i64> undef, <8 x i32> zeroinitializer
  %209 = add <8 x i64> %208, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %210 = icmp slt <8 x i64> %209, %66
  %211 = select <8 x i1> %210, <8 x float> %205, <8 x float> zeroinitializer
  store <8 x float> %211, ptr %204, align 4
  %212 = getelementptr float, ptr %203, i64 8
  %213 = load <8 x float>, ptr %15, align 32
  %214 = add i64 %i21, 8
  %215 = insertelement <8 x i64> undef, i64 %214, i32 0
  %216 = shufflevector <8 x i64> %215, <8 x i64> undef, <8 x i32> zeroinitializer
  %217 = add <8 x i64> %216, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %218 = icmp slt <8 x i64> %217, %66
  %219 = select <8 x i1> %218, <8 x float> %213, <8 x float> zeroinitializer
  store <8 x float> %219, ptr %212, align 4
  %220 = mul i64 %50, 256
  %221 = add i64 %220, %i21
  %222 = add i64 %i25, 2
  %223 = mul i64 %222, 784
  %224 = add i64 %223, 256
  %225 = getelementptr float, ptr %acts, i64 %224
  %226 = getelementptr float, ptr %225, i64 %221
  %227 = getelementptr float, ptr %226, i64 0
  %228 = load <8 x float>, ptr %14, align 32
  %229 = add i64 %i21, 0
  %230 = insertelement <8 x i64> undef, i64 %229, i32 0
  %231 = shufflevector <8 x i64> %230, <8 x i64> undef, <8 x i32> zeroinitializer
  %232 = add <8 x i64> %231, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %233 = icmp slt <8 x i64> %232, %66
  %234 = select <8 x i1> %233, <8 x float> %228, <8 x float> zeroinitializer
  store <8 x float> %234, ptr %227, align 4
  %235 = getelementptr float, ptr %226, i64 8
  %236 = load <8 x float>, ptr %13, align 32
  %237 = add i64 %i21, 8
  %238 = insertelement <8 x i64> undef, i64 %237, i32 0
  %239 = shufflevector <8 x i64> %238, <8 x i64> undef, <8 x i32> zeroinitializer
  %240 = add <8 x i64> %239, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %241 = icmp slt <8 x i64> %240, %66
  %242 = select <8 x i1> %241, <8 x float> %236, <8 x float> zeroinitializer
  store <8 x float> %242, ptr %235, align 4
  %243 = mul i64 %50, 256
  %244 = add i64 %243, %i21
  %245 = add i64 %i25, 3
  %246 = mul i64 %245, 784
  %247 = add i64 %246, 256
  %248 = getelementptr float, ptr %acts, i64 %247
  %249 = getelementptr float, ptr %248, i64 %244
  %250 = getelementptr float, ptr %249, i64 0
  %251 = load <8 x float>, ptr %12, align 32
  %252 = add i64 %i21, 0
  %253 = insertelement <8 x i64> undef, i64 %252, i32 0
  %254 = shufflevector <8 x i64> %253, <8 x i64> undef, <8 x i32> zeroinitializer
  %255 = add <8 x i64> %254, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %256 = icmp slt <8 x i64> %255, %66
  %257 = select <8 x i1> %256, <8 x float> %251, <8 x float> zeroinitializer
  store <8 x float> %257, ptr %250, align 4
  %258 = getelementptr float, ptr %249, i64 8
  %259 = load <8 x float>, ptr %11, align 32
  %260 = add i64 %i21, 8
  %261 = insertelement <8 x i64> undef, i64 %260, i32 0
  %262 = shufflevector <8 x i64> %261, <8 x i64> undef, <8 x i32> zeroinitializer
  %263 = add <8 x i64> %262, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %264 = icmp slt <8 x i64> %263, %66
  %265 = select <8 x i1> %264, <8 x float> %259, <8 x float> zeroinitializer
  store <8 x float> %265, ptr %258, align 4
  %266 = mul i64 %50, 256
  %267 = add i64 %266, %i21
  %268 = add i64 %i25, 4
  %269 = mul i64 %268, 784
  %270 = add i64 %269, 256
  %271 = getelementptr float, ptr %acts, i64 %270
  %272 = getelementptr float, ptr %271, i64 %267
  %273 = getelementptr float, ptr %272, i64 0
  %274 = load <8 x float>, ptr %10, align 32
  %275 = add i64 %i21, 0
  %276 = insertelement <8 x i64> undef, i64 %275, i32 0
  %277 = shufflevector <8 x i64> %276, <8 x i64> undef, <8 x i32> zeroinitializer
  %278 = add <8 x i64> %277, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %279 = icmp slt <8 x i64> %278, %66
  %280 = select <8 x i1> %279, <8 x float> %274, <8 x float> zeroinitializer
  store <8 x float> %280, ptr %273, align 4
  %281 = getelementptr float, ptr %272, i64 8
  %282 = load <8 x float>, ptr %9, align 32
  %283 = add i64 %i21, 8
  %284 = insertelement <8 x i64> undef, i64 %283, i32 0
  %285 = shufflevector <8 x i64> %284, <8 x i64> undef, <8 x i32> zeroinitializer
  %286 = add <8 x i64> %285, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %287 = icmp slt <8 x i64> %286, %66
  %288 = select <8 x i1> %287, <8 x float> %282, <8 x float> zeroinitializer
  store <8 x float> %288, ptr %281, align 4
  %289 = mul i64 %50, 256
  %290 = add i64 %289, %i21
  %291 = add i64 %i25, 5
  %292 = mul i64 %291, 784
  %293 = add i64 %292, 256
  %294 = getelementptr float, ptr %acts, i64 %293
  %295 = getelementptr float, ptr %294, i64 %290
  %296 = getelementptr float, ptr %295, i64 0
  %297 = load <8 x float>, ptr %8, align 32
  %298 = add i64 %i21, 0
  %299 = insertelement <8 x i64> undef, i64 %298, i32 0
  %300 = shufflevector <8 x i64> %299, <8 x i64> undef, <8 x i32> zeroinitializer
  %301 = add <8 x i64> %300, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %302 = icmp slt <8 x i64> %301, %66
  %303 = select <8 x i1> %302, <8 x float> %297, <8 x float> zeroinitializer
  store <8 x float> %303, ptr %296, align 4
  %304 = getelementptr float, ptr %295, i64 8
  %305 = load <8 x float>, ptr %7, align 32
  %306 = add i64 %i21, 8
  %307 = insertelement <8 x i64> undef, i64 %306, i32 0
  %308 = shufflevector <8 x i64> %307, <8 x i64> undef, <8 x i32> zeroinitializer
  %309 = add <8 x i64> %308, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %310 = icmp slt <8 x i64> %309, %66
  %311 = select <8 x i1> %310, <8 x float> %305, <8 x float> zeroinitializer
  store <8 x float> %311, ptr %304, align 4
  %312 = add i64 %i25, 6
  br label %loop22

loop30:                                           ; preds = %done36, %done20
  %i33 = phi i64 [ %69, %done20 ], [ %329, %done36 ]
  %313 = icmp slt i64 %i33, 256
  br i1 %313, label %body31, label %done32

body31:                                           ; preds = %loop30
  br label %loop34

done32:                                           ; preds = %loop30
  %314 = insertelement <8 x i64> undef, i64 %64, i32 0
  %315 = shufflevector <8 x i64> %314, <8 x i64> undef, <8 x i32> zeroinitializer
  %316 = add i64 %64, 15
  %317 = udiv i64 %316, 16
  %318 = mul i64 %317, 16
  br label %loop38

loop34:                                           ; preds = %body35, %body31
  %i37 = phi i64 [ %b0, %body31 ], [ %328, %body35 ]
  %319 = icmp slt i64 %i37, %57
  br i1 %319, label %body35, label %done36

body35:                                           ; preds = %loop34
  %320 = mul i64 %50, 256
  %321 = add i64 %320, %i33
  %322 = mul i64 %i37, 784
  %323 = add i64 %322, 256
  %324 = getelementptr float, ptr %acts, i64 %323
  %325 = getelementptr float, ptr %324, i64 %321
  %326 = getelementptr float, ptr %325, i64 0
  store <8 x float> zeroinitializer, ptr %326, align 4
  %327 = getelementptr float, ptr %325, i64 8
  store <8 x float> zeroinitializer, ptr %327, align 4
  %328 = add i64 %i37, 1
  br label %loop34

done36:                                           ; preds = %loop34
  %329 = add i64 %i33, 16
  br label %loop30

loop38:                                           ; preds = %done44, %done32
  %i41 = phi i64 [ 0, %done32 ], [ %348, %done44 ]
  %330 = icmp slt i64 %i41, %318
  br i1 %330, label %body39, label %done40

body39:                                           ; preds = %loop38
  br label %loop42

done40:                                           ; preds = %loop38
  br label %loop50

loop42:                                           ; preds = %done48, %body39
  %i45 = phi i64 [ %57, %body39 ], [ %423, %done48 ]
  %331 = icmp slt i64 %i45, %60
  br i1 %331, label %body43, label %done44

body43:                                           ; preds = %loop42
  %332 = mul i64 %i17, 256
  %333 = add i64 %i45, 0
  %334 = mul i64 %333, 784
  %335 = add i64 %334, 0
  %336 = getelementptr float, ptr %acts, i64 %335
  %337 = getelementptr float, ptr %336, i64 %332
  store <8 x float> zeroinitializer, ptr %6, align 32
  store <8 x float> zeroinitializer, ptr %5, align 32
  %338 = mul i64 %i17, 256
  %339 = add i64 %i45, 1
  %340 = mul i64 %339, 784
  %341 = add i64 %340, 0
  %342 = getelementptr float, ptr %acts, i64 %341
  %343 = getelementptr float, ptr %342, i64 %338
  store <8 x float> zeroinitializer, ptr %4, align 32
  store <8 x float> zeroinitializer, ptr %3, align 32
  %344 = mul i64 %i17, 256
  %345 = sub i64 256, %344
  %346 = call i64 @llvm.smin.i64(i64 %345, i64 256)
  %347 = call i64 @llvm.smax.i64(i64 %346, i64 0)
  br label %loop46

done44:                                           ; preds = %loop42
  %348 = add i64 %i41, 16
  br label %loop38

loop46:                                           ; preds = %body47, %body43
  %i49 = phi i64 [ 0, %body43 ], [ %376, %body47 ]
  %349 = icmp slt i64 %i49, %347
  br i1 %349, label %body47, label %done48

body47:                                           ; preds = %loop46
  %350 = add i64 %i41, 0
  %351 = mul i64 %i49, 256
  %352 = add i64 %351, %350
  %353 = getelementptr float, ptr %53, i64 %352
  %354 = load <8 x float>, ptr %353, align 4
  %355 = add i64 %i41, 8
  %356 = mul i64 %i49, 256
  %357 = add i64 %356, %355
  %358 = getelementptr float, ptr %53, i64 %357
  %359 = load <8 x float>, ptr %358, align 4
  %360 = getelementptr float, ptr %337, i64 %i49
  %361 = load float, ptr %360, align 4
  %362 = insertelement <8 x float> undef, float %361, i32 0
  %363 = shufflevector <8 x float> %362, <8 x float> undef, <8 x i32> zeroinitializer
  %364 = load <8 x float>, ptr %6, align 32
  %365 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %363, <8 x float> %354, <8 x float> %364)
  store <8 x float> %365, ptr %6, align 32
  %366 = load <8 x float>, ptr %5, align 32
  %367 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %363, <8 x float> %359, <8 x float> %366)
  store <8 x float> %367, ptr %5, align 32
  %368 = getelementptr float, ptr %343, i64 %i49
  %369 = load float, ptr %368, align 4
  %370 = insertelement <8 x float> undef, float %369, i32 0
  %371 = shufflevector <8 x float> %370, <8 x float> undef, <8 x i32> zeroinitializer
  %372 = load <8 x float>, ptr %4, align 32
  %373 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %371, <8 x float> %354, <8 x float> %372)
  store <8 x float> %373, ptr %4, align 32
  %374 = load <8 x float>, ptr %3, align 32
  %375 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %371, <8 x float> %359, <8 x float> %374)
  store <8 x float> %375, ptr %3, align 32
  %376 = add i64 %i49, 1
  br label %loop46

done48:                                           ; preds = %loop46
  %377 = mul i64 %50, 256
  %378 = add i64 %377, %i41
  %379 = add i64 %i45, 0
  %380 = mul i64 %379, 784
  %381 = add i64 %380, 256
  %382 = getelementptr float, ptr %acts, i64 %381
  %383 = getelementptr float, ptr %382, i64 %378
  %384 = getelementptr float, ptr %383, i64 0
  %385 = load <8 x float>, ptr %6, align 32
  %386 = add i64 %i41, 0
  %387 = insertelement <8 x i64> undef, i64 %386, i32 0
  %388 = shufflevector <8 x i64> %387, <8 x i64> undef, <8 x i32> zeroinitializer
  %389 = add <8 x i64> %388, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %390 = icmp slt <8 x i64> %389, %315
  %391 = select <8 x i1> %390, <8 x float> %385, <8 x float> zeroinitializer
  store <8 x float> %391, ptr %384, align 4
  %392 = getelementptr float, ptr %383, i64 8
  %393 = load <8 x float>, ptr %5, align 32
  %394 = add i64 %i41, 8
  %395 = insertelement <8 x i64> undef, i64 %394, i32 0
  %396 = shufflevector <8 x i64> %395, <8 x i64> undef, <8 x i32> zeroinitializer
  %397 = add <8 x i64> %396, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %398 = icmp slt <8 x i64> %397, %315
  %399 = select <8 x i1> %398, <8 x float> %393, <8 x float> zeroinitializer
  store <8 x float> %399, ptr %392, align 4
  %400 = mul i64 %50, 256
  %401 = add i64 %400, %i41
  %402 = add i64 %i45, 1
  %403 = mul i64 %402, 784
  %404 = add i64 %403, 256
  %405 = getelementptr float, ptr %acts, i64 %404
  %406 = getelementptr float, ptr %405, i64 %401
  %407 = getelementptr float, ptr %406, i64 0
  %408 = load <8 x float>, ptr %4, align 32
  %409 = add i64 %i41, 0
  %410 = insertelement <8 x i64> undef, i64 %409, i32 0
  %411 = shufflevector <8 x i64> %410, <8 x i64> undef, <8 x i32> zeroinitializer
  %412 = add <8 x i64> %411, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %413 = icmp slt <8 x i64> %412, %315
  %414 = select <8 x i1> %413, <8 x float> %408, <8 x float> zeroinitializer
  store <8 x float> %414, ptr %407, align 4
  %415 = getelementptr float, ptr %406, i64 8
  %416 = load <8 x float>, ptr %3, align 32
  %417 = add i64 %i41, 8
  %418 = insertelement <8 x i64> undef, i64 %417, i32 0
  %419 = shufflevector <8 x i64> %418, <8 x i64> undef, <8 x i32> zeroinitializer
  %420 = add <8 x i64> %419, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %421 = icmp slt <8 x i64> %420, %315
  %422 = select <8 x i1> %421, <8 x float> %416, <8 x float> zeroinitializer
  store <8 x float> %422, ptr %415, align 4
  %423 = add i64 %i45, 2
  br label %loop42

loop50:                                           ; preds = %done56, %done40
  %i53 = phi i64 [ %318, %done40 ], [ %440, %done56 ]
  %424 = icmp slt i64 %i53, 256
  br i1 %424, label %body51, label %done52

body51:                                           ; preds = %loop50
  br label %loop54

done52:                                           ; preds = %loop50
  %425 = insertelement <8 x i64> undef, i64 %64, i32 0
  %426 = shufflevector <8 x i64> %425, <8 x i64> undef, <8 x i32> zeroinitializer
  %427 = add i64 %64, 15
  %428 = udiv i64 %427, 16
  %429 = mul i64 %428, 16
  br label %loop58

loop54:                                           ; preds = %body55, %body51
  %i57 = phi i64 [ %57, %body51 ], [ %439, %body55 ]
  %430 = icmp slt i64 %i57, %60
  br i1 %430, label %body55, label %done56

body55:                                           ; preds = %loop54
  %431 = mul i64 %50, 256
  %432 = add i64 %431, %i53
  %433 = mul i64 %i57, 784
  %434 = add i64 %433, 256
  %435 = getelementptr float, ptr %acts, i64 %434
  %436 = getelementptr float, ptr %435, i64 %432
  %437 = getelementptr float, ptr %436, i64 0
  store <8 x float> zeroinitializer, ptr %437, align 4
  %438 = getelementptr float, ptr %436, i64 8
  store <8 x float> zeroinitializer, ptr %438, align 4
  %439 = add i64 %i57, 1
  br label %loop54

done56:                                           ; preds = %loop54
  %440 = add i64 %i53, 16
  br label %loop50

loop58:                                           ; preds = %done64, %done52
  %i61 = phi i64 [ 0, %done52 ], [ %453, %done64 ]
  %441 = icmp slt i64 %i61, %429
  br i1 %441, label %body59, label %done60

body59:                                           ; preds = %loop58
  br label %loop62

done60:                                           ; preds = %loop58
  br label %loop70

loop62:                                           ; preds = %done68, %body59
  %i65 = phi i64 [ %60, %body59 ], [ %497, %done68 ]
  %442 = icmp slt i64 %i65, %b1
  br i1 %442, label %body63, label %done64

body63:                                           ; preds = %loop62
  %443 = mul i64 %i17, 256
  %444 = add i64 %i65, 0
  %445 = mul i64 %444, 784
  %446 = add i64 %445, 0
  %447 = getelementptr float, ptr %acts, i64 %446
  %448 = getelementptr float, ptr %447, i64 %443
  store <8 x float> zeroinitializer, ptr %2, align 32
  store <8 x float> zeroinitializer, ptr %1, align 32
  %449 = mul i64 %i17, 256
  %450 = sub i64 256, %449
  %451 = call i64 @llvm.smin.i64(i64 %450, i64 256)
  %452 = call i64 @llvm.smax.i64(i64 %451, i64 0)
  br label %loop66

done64:                                           ; preds = %loop62
  %453 = add i64 %i61, 16
  br label %loop58

loop66:                                           ; preds = %body67, %body63
  %i69 = phi i64 [ 0, %body63 ], [ %473, %body67 ]
  %454 = icmp slt i64 %i69, %452
  br i1 %454, label %body67, label %done68

body67:                                           ; preds = %loop66
  %455 = add i64 %i61, 0
  %456 = mul i64 %i69, 256
  %457 = add i64 %456, %455
  %458 = getelementptr float, ptr %53, i64 %457
  %459 = load <8 x float>, ptr %458, align 4
  %460 = add i64 %i61, 8
  %461 = mul i64 %i69, 256
  %462 = add i64 %461, %460
  %463 = getelementptr float, ptr %53, i64 %462
  %464 = load <8 x float>, ptr %463, align 4
  %465 = getelementptr float, ptr %448, i64 %i69
  %466 = load float, ptr %465, align 4
  %467 = insertelement <8 x float> undef, float %466, i32 0
  %468 = shufflevector <8 x float> %467, <8 x float> undef, <8 x i32> zeroinitializer
  %469 = load <8 x float>, ptr %2, align 32
  %470 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %468, <8 x float> %459, <8 x float> %469)
  store <8 x float> %470, ptr %2, align 32
  %471 = load <8 x float>, ptr %1, align 32
  %472 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %468, <8 x float> %464, <8 x float> %471)
  store <8 x float> %472, ptr %1, align 32
  %473 = add i64 %i69, 1
  br label %loop66

done68:                                           ; preds = %loop66
  %474 = mul i64 %50, 256
  %475 = add i64 %474, %i61
  %476 = add i64 %i65, 0
  %477 = mul i64 %476, 784
  %478 = add i64 %477, 256
  %479 = getelementptr float, ptr %acts, i64 %478
  %480 = getelementptr float, ptr %479, i64 %475
  %481 = getelementptr float, ptr %480, i64 0
  %482 = load <8 x float>, ptr %2, align 32
  %483 = add i64 %i61, 0
  %484 = insertelement <8 x i64> undef, i64 %483, i32 0
  %485 = shufflevector <8 x i64> %484, <8 x i64> undef, <8 x i32> zeroinitializer
  %486 = add <8 x i64> %485, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %487 = icmp slt <8 x i64> %486, %426
  %488 = select <8 x i1> %487, <8 x float> %482, <8 x float> zeroinitializer
  store <8 x float> %488, ptr %481, align 4
  %489 = getelementptr float, ptr %480, i64 8
  %490 = load <8 x float>, ptr %1, align 32
  %491 = add i64 %i61, 8
  %492 = insertelement <8 x i64> undef, i64 %491, i32 0
  %493 = shufflevector <8 x i64> %492, <8 x i64> undef, <8 x i32> zeroinitializer
  %494 = add <8 x i64> %493, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %495 = icmp slt <8 x i64> %494, %426
  %496 = select <8 x i1> %495, <8 x float> %490, <8 x float> zeroinitializer
  store <8 x float> %496, ptr %489, align 4
  %497 = add i64 %i65, 1
  br label %loop62

loop70:                                           ; preds = %done76, %done60
  %i73 = phi i64 [ %429, %done60 ], [ %510, %done76 ]
  %498 = icmp slt i64 %i73, 256
  br i1 %498, label %body71, label %done72

body71:                                           ; preds = %loop70
  br label %loop74

done72:                                           ; preds = %loop70
  %499 = add i64 %i17, 1
  br label %loop14

loop74:                                           ; preds = %body75, %body71
  %i77 = phi i64 [ %60, %body71 ], [ %509, %body75 ]
  %500 = icmp slt i64 %i77, %b1
  br i1 %500, label %body75, label %done76

body75:                                           ; preds = %loop74
  %501 = mul i64 %50, 256
  %502 = add i64 %501, %i73
  %503 = mul i64 %i77, 784
  %504 = add i64 %503, 256
  %505 = getelementptr float, ptr %acts, i64 %504
  %506 = getelementptr float, ptr %505, i64 %502
  %507 = getelementptr float, ptr %506, i64 0
  store <8 x float> zeroinitializer, ptr %507, align 4
  %508 = getelementptr float, ptr %506, i64 8
  store <8 x float> zeroinitializer, ptr %508, align 4
  %509 = add i64 %i77, 1
  br label %loop74

done76:                                           ; preds = %loop74
  %510 = add i64 %i73, 16
  br label %loop70

then78:                                           ; preds = %join3
  br label %loop80

join79:                                           ; preds = %done82, %join3
  %511 = icmp ult i32 3, %s1
  %512 = icmp ule i32 %s0, 3
  %513 = and i1 %512, %511
  br i1 %513, label %then96, label %join97

loop80:                                           ; preds = %done86, %then78
  %i83 = phi i64 [ %b0, %then78 ], [ %522, %done86 ]
  %514 = icmp slt i64 %i83, %b1
  br i1 %514, label %body81, label %done82

body81:                                           ; preds = %loop80
  %515 = mul i64 %i83, 784
  %516 = add i64 %515, 256
  %517 = getelementptr float, ptr %acts, i64 %516
  %518 = mul i64 %i83, 784
  %519 = add i64 %518, 512
  %520 = getelementptr float, ptr %acts, i64 %519
  br label %loop84

done82:                                           ; preds = %loop80
  br label %join79

loop84:                                           ; preds = %done90, %body81
  %i87 = phi i64 [ 0, %body81 ], [ %524, %done90 ]
  %521 = icmp slt i64 %i87, 1
  br i1 %521, label %body85, label %done86

body85:                                           ; preds = %loop84
  br label %loop88

done86:                                           ; preds = %loop84
  %522 = add i64 %i83, 1
  br label %loop80

loop88:                                           ; preds = %done94, %body85
  %i91 = phi i64 [ 0, %body85 ], [ %545, %done94 ]
  %523 = icmp slt i64 %i91, 256
  br i1 %523, label %body89, label %done90

body89:                                           ; preds = %loop88
  store float 0.000000e+00, ptr %0, align 4
  br label %loop92

done90:                                           ; preds = %loop88
  %524 = add i64 %i87, 1
  br label %loop84

loop92:                                           ; preds = %body93, %body89
  %i95 = phi i64 [ 0, %body89 ], [ %534, %body93 ]
  %525 = icmp slt i64 %i95, 1
  br i1 %525, label %body93, label %done94

body93:                                           ; preds = %loop92
  %526 = mul i64 %i87, 1
  %527 = add i64 %526, %i95
  %528 = mul i64 %527, 256
  %529 = add i64 %528, %i91
  %530 = getelementptr float, ptr %517, i64 %529
  %531 = load float, ptr %530, align 4
  %532 = load float, ptr %0, align 4
  %533 = fadd float %532, %531
  store float %533, ptr %0, align 4
  %534 = add i64 %i95, 1
  br label %loop92

done94:                                           ; preds = %loop92
  %535 = mul i64 %i87, 256
  %536 = add i64 %535, %i91
  %537 = add i64 0, %536
  %538 = getelementptr float, ptr %gains, i64 %537
  %539 = load float, ptr %538, align 4
  %540 = load float, ptr %0, align 4
  %541 = fmul float %540, %539
  %542 = icmp slt i64 %536, 10
  %543 = getelementptr float, ptr %520, i64 %536
  %544 = select i1 %542, float %541, float 0.000000e+00
  store float %544, ptr %543, align 4
  %545 = add i64 %i91, 1
  br label %loop88

then96:                                           ; preds = %join79
  br label %loop98

join97:                                           ; preds = %done100, %join79
  ret void

loop98:                                           ; preds = %done104, %then96
  %i101 = phi i64 [ %b0, %then96 ], [ %558, %done104 ]
  %546 = icmp slt i64 %i101, %b1
  br i1 %546, label %body99, label %done100

body99:                                           ; preds = %loop98
  br label %loop102

done100:                                          ; preds = %loop98
  br label %join97

loop102:                                          ; preds = %body103, %body99
  %i105 = phi i64 [ 0, %body99 ], [ %557, %body103 ]
  %547 = icmp slt i64 %i105, 10
  br i1 %547, label %body103, label %done104

body103:                                          ; preds = %loop102
  %548 = mul i64 %i101, 784
  %549 = add i64 %548, 768
  %550 = getelementptr float, ptr %acts, i64 %549
  %551 = getelementptr float, ptr %550, i64 %i105
  %552 = mul i64 %i101, 784
  %553 = add i64 %552, 512
  %554 = getelementptr float, ptr %acts, i64 %553
  %555 = getelementptr float, ptr %554, i64 %i105
  %556 = load float, ptr %555, align 4
  store float %556, ptr %551, align 4
  %557 = add i64 %i105, 1
  br label %loop102

done104:                                          ; preds = %loop102
  %558 = add i64 %i101, 1
  br label %loop98
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smin.i64(i64, i64) #0

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smax.i64(i64, i64) #0

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fmuladd.v8f32(<8 x float>, <8 x float>, <8 x float>) #0

define void @eic_loss(ptr %acts, ptr %dacts, ptr %labels, i64 %b0, i64 %b1, i64 %batch, ptr %loss, ptr %correct, float %smoothing) {
entry:
  %0 = alloca float, align 4
  %1 = alloca float, align 4
  %2 = alloca i64, align 8
  %3 = alloca float, align 4
  %4 = fsub float 1.000000e+00, %smoothing
  %5 = fdiv float %smoothing, 1.000000e+01
  %6 = sitofp i64 %batch to float
  br label %loop

loop:                                             ; preds = %done11, %entry
  %i = phi i64 [ %b0, %entry ], [ %66, %done11 ]
  %7 = icmp slt i64 %i, %b1
  br i1 %7, label %body, label %done

body:                                             ; preds = %loop
  %8 = mul i64 %i, 784
  %9 = add i64 %8, 768
  %10 = getelementptr float, ptr %acts, i64 %9
  %11 = mul i64 %i, 784
  %12 = add i64 %11, 768
  %13 = getelementptr float, ptr %dacts, i64 %12
  %14 = getelementptr i32, ptr %labels, i64 %i
  %15 = load i32, ptr %14, align 4
  %16 = sext i32 %15 to i64
  %17 = load float, ptr %10, align 4
  store float %17, ptr %3, align 4
  store i64 0, ptr %2, align 4
  br label %loop1

done:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 1, %body ], [ %27, %body2 ]
  %18 = icmp slt i64 %i4, 10
  br i1 %18, label %body2, label %done3

body2:                                            ; preds = %loop1
  %19 = getelementptr float, ptr %10, i64 %i4
  %20 = load float, ptr %19, align 4
  %21 = load float, ptr %3, align 4
  %22 = fcmp ogt float %20, %21
  %23 = load float, ptr %3, align 4
  %24 = select i1 %22, float %20, float %23
  store float %24, ptr %3, align 4
  %25 = load i64, ptr %2, align 4
  %26 = select i1 %22, i64 %i4, i64 %25
  store i64 %26, ptr %2, align 4
  %27 = add i64 %i4, 1
  br label %loop1

done3:                                            ; preds = %loop1
  %28 = load float, ptr %3, align 4
  store float 0.000000e+00, ptr %1, align 4
  store float 0.000000e+00, ptr %0, align 4
  br label %loop5

loop5:                                            ; preds = %body6, %done3
  %i8 = phi i64 [ 0, %done3 ], [ %39, %body6 ]
  %29 = icmp slt i64 %i8, 10
  br i1 %29, label %body6, label %done7

body6:                                            ; preds = %loop5
  %30 = getelementptr float, ptr %10, i64 %i8
  %31 = load float, ptr %30, align 4
  %32 = fsub float %31, %28
  %33 = call float @llvm.exp.f32(float %32)
  %34 = getelementptr float, ptr %13, i64 %i8
  store float %33, ptr %34, align 4
  %35 = load float, ptr %1, align 4
  %36 = fadd float %35, %33
  store float %36, ptr %1, align 4
  %37 = load float, ptr %0, align 4
  %38 = fadd float %37, %31
  store float %38, ptr %0, align 4
  %39 = add i64 %i8, 1
  br label %loop5

done7:                                            ; preds = %loop5
  %40 = load float, ptr %1, align 4
  %41 = call float @llvm.log.f32(float %40)
  %42 = fadd float %28, %41
  %43 = getelementptr float, ptr %10, i64 %16
  %44 = load float, ptr %43, align 4
  %45 = fmul float %4, %44
  %46 = fsub float %42, %45
  %47 = load float, ptr %0, align 4
  %48 = fmul float %5, %47
  %49 = fsub float %46, %48
  %50 = getelementptr float, ptr %loss, i64 %i
  store float %49, ptr %50, align 4
  %51 = load i64, ptr %2, align 4
  %52 = icmp eq i64 %51, %16
  %53 = zext i1 %52 to i32
  %54 = getelementptr i32, ptr %correct, i64 %i
  store i32 %53, ptr %54, align 4
  br label %loop9

loop9:                                            ; preds = %body10, %done7
  %i12 = phi i64 [ 0, %done7 ], [ %65, %body10 ]
  %55 = icmp slt i64 %i12, 10
  br i1 %55, label %body10, label %done11

body10:                                           ; preds = %loop9
  %56 = getelementptr float, ptr %13, i64 %i12
  %57 = load float, ptr %56, align 4
  %58 = fdiv float %57, %40
  %59 = icmp eq i64 %i12, %16
  %60 = select i1 %59, float %4, float 0.000000e+00
  %61 = fadd float %60, %5
  %62 = getelementptr float, ptr %13, i64 %i12
  %63 = fsub float %58, %61
  %64 = fdiv float %63, %6
  store float %64, ptr %62, align 4
  %65 = add i64 %i12, 1
  br label %loop9

done11:                                           ; preds = %loop9
  %66 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.exp.f32(float) #0

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.log.f32(float) #0

define void @eic_backward(ptr %params, ptr %gains, ptr %acts, ptr %dacts, i64 %b0, i64 %b1, i32 %prec, i64 %seed, i64 %step, i64 %first, i32 %s0, i32 %s1) {
entry:
  %bf16 = icmp eq i32 %prec, 1
  %0 = icmp ult i32 3, %s1
  %1 = icmp ule i32 %s0, 3
  %2 = and i1 %1, %0
  br i1 %2, label %then, label %join

then:                                             ; preds = %entry
  br label %loop

join:                                             ; preds = %done, %entry
  %3 = icmp ult i32 2, %s1
  %4 = icmp ule i32 %s0, 2
  %5 = and i1 %4, %3
  br i1 %5, label %then9, label %join10

loop:                                             ; preds = %done7, %then
  %i = phi i64 [ %b0, %then ], [ %21, %done7 ]
  %6 = icmp slt i64 %i, %b1
  br i1 %6, label %body, label %done

body:                                             ; preds = %loop
  %7 = mul i64 %i, 784
  %8 = add i64 %7, 512
  %9 = getelementptr float, ptr %dacts, i64 %8
  br label %loop1

done:                                             ; preds = %loop
  br label %join

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %12, %body2 ]
  %10 = icmp slt i64 %i4, 256
  br i1 %10, label %body2, label %done3

body2:                                            ; preds = %loop1
  %11 = getelementptr float, ptr %9, i64 %i4
  store <8 x float> zeroinitializer, ptr %11, align 4
  %12 = add i64 %i4, 8
  br label %loop1

done3:                                            ; preds = %loop1
  br label %loop5

loop5:                                            ; preds = %body6, %done3
  %i8 = phi i64 [ 0, %done3 ], [ %20, %body6 ]
  %13 = icmp slt i64 %i8, 10
  br i1 %13, label %body6, label %done7

body6:                                            ; preds = %loop5
  %14 = getelementptr float, ptr %9, i64 %i8
  %15 = mul i64 %i, 784
  %16 = add i64 %15, 768
  %17 = getelementptr float, ptr %dacts, i64 %16
  %18 = getelementptr float, ptr %17, i64 %i8
  %19 = load float, ptr %18, align 4
  store float %19, ptr %14, align 4
  %20 = add i64 %i8, 1
  br label %loop5

done7:                                            ; preds = %loop5
  %21 = add i64 %i, 1
  br label %loop

then9:                                            ; preds = %join
  br label %loop11

join10:                                           ; preds = %done13, %join
  %22 = icmp ult i32 0, %s1
  %23 = icmp ule i32 %s0, 0
  %24 = and i1 %23, %22
  br i1 %24, label %then27, label %join28

loop11:                                           ; preds = %done17, %then9
  %i14 = phi i64 [ %b0, %then9 ], [ %33, %done17 ]
  %25 = icmp slt i64 %i14, %b1
  br i1 %25, label %body12, label %done13

body12:                                           ; preds = %loop11
  %26 = mul i64 %i14, 784
  %27 = add i64 %26, 512
  %28 = getelementptr float, ptr %dacts, i64 %27
  %29 = mul i64 %i14, 784
  %30 = add i64 %29, 256
  %31 = getelementptr float, ptr %dacts, i64 %30
  br label %loop15

done13:                                           ; preds = %loop11
  br label %join10

loop15:                                           ; preds = %done21, %body12
  %i18 = phi i64 [ 0, %body12 ], [ %56, %done21 ]
  %32 = icmp slt i64 %i18, 1
  br i1 %32, label %body16, label %done17

body16:                                           ; preds = %loop15
  br label %loop19

done17:                                           ; preds = %loop15
  %33 = add i64 %i14, 1
  br label %loop11

loop19:                                           ; preds = %done25, %body16
  %i22 = phi i64 [ 0, %body16 ], [ %64, %done25 ]
  %34 = icmp slt i64 %i22, 256
  br i1 %34, label %body20, label %done21

body20:                                           ; preds = %loop19
  %35 = mul i64 %i18, 256
  %36 = add i64 %35, %i22
  %37 = getelementptr float, ptr %28, i64 %36
  %38 = load float, ptr %37, align 4
  %39 = bitcast float %38 to i32
  %40 = lshr i32 %39, 16
  %41 = and i32 %40, 1
  %42 = add i32 %41, 32767
  %43 = add i32 %39, %42
  %44 = fcmp uno float %38, %38
  %45 = or i32 %39, 4194304
  %46 = select i1 %44, i32 %45, i32 %43
  %47 = and i32 %46, -65536
  %48 = bitcast i32 %47 to float
  %49 = select i1 %bf16, float %48, float %38
  store float %49, ptr %37, align 4
  %50 = add i64 0, %36
  %51 = getelementptr float, ptr %gains, i64 %50
  %52 = load float, ptr %51, align 4
  %53 = fmul float %49, %52
  %54 = icmp slt i64 %36, 10
  %55 = select i1 %54, float %53, float 0.000000e+00
  br label %loop23

done21:                                           ; preds = %loop19
  %56 = add i64 %i18, 1
  br label %loop15

loop23:                                           ; preds = %body24, %body20
  %i26 = phi i64 [ 0, %body20 ], [ %63, %body24 ]
  %57 = icmp slt i64 %i26, 1
  br i1 %57, label %body24, label %done25

body24:                                           ; preds = %loop23
  %58 = mul i64 %i18, 1
  %59 = add i64 %58, %i26
  %60 = mul i64 %59, 256
  %61 = add i64 %60, %i22
  %62 = getelementptr float, ptr %31, i64 %61
  store float %55, ptr %62, align 4
  %63 = add i64 %i26, 1
  br label %loop23

done25:                                           ; preds = %loop23
  %64 = add i64 %i22, 1
  br label %loop19

then27:                                           ; preds = %join10
  br label %join28

join28:                                           ; preds = %then27, %join10
  ret void
}

define void @eic_grads(ptr %params, ptr %gains, ptr %acts, ptr %dacts, ptr %grads, i64 %batch, i64 %u0, i64 %u1) {
entry:
  %0 = alloca <8 x float>, align 32
  %1 = alloca <8 x float>, align 32
  %2 = alloca <8 x float>, align 32
  %3 = alloca <8 x float>, align 32
  %4 = alloca <8 x float>, align 32
  %5 = alloca <8 x float>, align 32
  %6 = alloca <8 x float>, align 32
  %7 = alloca <8 x float>, align 32
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  %10 = alloca <8 x float>, align 32
  %11 = alloca <8 x float>, align 32
  %12 = alloca <8 x float>, align 32
  %13 = alloca <8 x float>, align 32
  %14 = alloca float, align 4
  %15 = alloca float, align 4
  %16 = icmp sgt i64 %u0, 0
  %17 = select i1 %16, i64 %u0, i64 0
  %18 = icmp slt i64 %u1, 256
  %19 = select i1 %18, i64 %u1, i64 256
  %20 = icmp slt i64 %19, %17
  %21 = select i1 %20, i64 %17, i64 %19
  %22 = icmp sgt i64 %17, 0
  %23 = select i1 %22, i64 %17, i64 0
  %24 = icmp slt i64 %21, 10
  %25 = select i1 %24, i64 %21, i64 10
  %26 = icmp slt i64 %25, %23
  %27 = select i1 %26, i64 %23, i64 %25
  %28 = getelementptr float, ptr %grads, i64 65536
  %29 = icmp sgt i64 %batch, 0
  %30 = select i1 %29, i64 %batch, i64 1
  br label %loop

loop:                                             ; preds = %done3, %entry
  %i = phi i64 [ 0, %entry ], [ %40, %done3 ]
  %31 = icmp slt i64 %i, %30
  br i1 %31, label %body, label %done

body:                                             ; preds = %loop
  %32 = add i64 %i, 128
  %33 = icmp slt i64 %32, %batch
  %34 = select i1 %33, i64 %32, i64 %batch
  %35 = icmp eq i64 %i, 0
  br label %loop1

done:                                             ; preds = %loop
  br label %loop13

loop1:                                            ; preds = %done7, %body
  %i4 = phi i64 [ %17, %body ], [ %52, %done7 ]
  %36 = icmp slt i64 %i4, %27
  br i1 %36, label %body2, label %done3

body2:                                            ; preds = %loop1
  %37 = sub i64 %i4, 0
  %38 = sdiv i64 %37, 256
  %39 = srem i64 %37, 256
  store float 0.000000e+00, ptr %15, align 4
  br label %loop5

done3:                                            ; preds = %loop1
  %40 = add i64 %i, 128
  br label %loop

loop5:                                            ; preds = %done11, %body2
  %i8 = phi i64 [ %i, %body2 ], [ %71, %done11 ]
  %41 = icmp slt i64 %i8, %34
  br i1 %41, label %body6, label %done7

body6:                                            ; preds = %loop5
  %42 = mul i64 %i8, 784
  %43 = add i64 %42, 256
  %44 = getelementptr float, ptr %acts, i64 %43
  store float 0.000000e+00, ptr %14, align 4
  br label %loop9

done7:                                            ; preds = %loop5
  %45 = mul i64 %38, 65536
  %46 = add i64 %45, %39
  %47 = getelementptr float, ptr %28, i64 %46
  %48 = load float, ptr %15, align 4
  %49 = load float, ptr %47, align 4
  %50 = fadd float %49, %48
  %51 = select i1 %35, float %48, float %50
  store float %51, ptr %47, align 4
  %52 = add i64 %i4, 1
  br label %loop1

loop9:                                            ; preds = %body10, %body6
  %i12 = phi i64 [ 0, %body6 ], [ %62, %body10 ]
  %53 = icmp slt i64 %i12, 1
  br i1 %53, label %body10, label %done11

body10:                                           ; preds = %loop9
  %54 = mul i64 %38, 1
  %55 = add i64 %54, %i12
  %56 = mul i64 %55, 256
  %57 = add i64 %56, %39
  %58 = getelementptr float, ptr %44, i64 %57
  %59 = load float, ptr %58, align 4
  %60 = load float, ptr %14, align 4
  %61 = fadd float %60, %59
  store float %61, ptr %14, align 4
  %62 = add i64 %i12, 1
  br label %loop9

done11:                                           ; preds = %loop9
  %63 = mul i64 %i8, 784
  %64 = add i64 %63, 512
  %65 = getelementptr float, ptr %dacts, i64 %64
  %66 = getelementptr float, ptr %65, i64 %37
  %67 = load float, ptr %66, align 4
  %68 = load float, ptr %15, align 4
  %69 = load float, ptr %14, align 4
  %70 = call float @llvm.fmuladd.f32(float %67, float %69, float %68)
  store float %70, ptr %15, align 4
  %71 = add i64 %i8, 1
  br label %loop5

loop13:                                           ; preds = %done19, %done
  %i16 = phi i64 [ %27, %done ], [ %87, %done19 ]
  %72 = icmp slt i64 %i16, %21
  br i1 %72, label %body14, label %done15

body14:                                           ; preds = %loop13
  %73 = sub i64 %i16, 0
  %74 = sdiv i64 %73, 256
  %75 = srem i64 %73, 256
  %76 = mul i64 %74, 65536
  %77 = add i64 %76, %75
  %78 = getelementptr float, ptr %28, i64 %77
  store float 0.000000e+00, ptr %78, align 4
  br label %loop17

done15:                                           ; preds = %loop13
  br label %loop25

loop17:                                           ; preds = %done23, %body14
  %i20 = phi i64 [ 0, %body14 ], [ %91, %done23 ]
  %79 = icmp slt i64 %i20, 1
  br i1 %79, label %body18, label %done19

body18:                                           ; preds = %loop17
  %80 = mul i64 %74, 1
  %81 = add i64 %80, %i20
  %82 = mul i64 %81, 256
  %83 = add i64 %82, %75
  %84 = mul i64 %83, 256
  %85 = getelementptr float, ptr %grads, i64 0
  %86 = getelementptr float, ptr %85, i64 %84
  br label %loop21

done19:                                           ; preds = %loop17
  %87 = add i64 %i16, 1
  br label %loop13

loop21:                                           ; preds = %body22, %body18
  %i24 = phi i64 [ 0, %body18 ], [ %90, %body22 ]
  %88 = icmp slt i64 %i24, 256
  br i1 %88, label %body22, label %done23

body22:                                           ; preds = %loop21
  %89 = getelementptr float, ptr %86, i64 %i24
  store <8 x float> zeroinitializer, ptr %89, align 4
  %90 = add i64 %i24, 8
  br label %loop21

done23:                                           ; preds = %loop21
  %91 = add i64 %i20, 1
  br label %loop17

loop25:                                           ; preds = %done31, %done15
  %i28 = phi i64 [ 1, %done15 ], [ %115, %done31 ]
  %92 = icmp slt i64 %i28, 256
  br i1 %92, label %body26, label %done27

body26:                                           ; preds = %loop25
  br label %loop29

done27:                                           ; preds = %loop25
  %93 = sub i64 %27, %17
  %94 = sdiv i64 %93, 24
  %95 = mul i64 %94, 24
  %96 = add i64 %17, %95
  %97 = add i64 %96, 24
  %98 = icmp sle i64 %97, 256
  %99 = select i1 %98, i64 %27, i64 %96
  %100 = getelementptr float, ptr %grads, i64 0
  %101 = icmp sgt i64 %batch, 0
  %102 = select i1 %101, i64 %batch, i64 1
  br label %loop33

loop29:                                           ; preds = %body30, %body26
  %i32 = phi i64 [ %17, %body26 ], [ %114, %body30 ]
  %103 = icmp slt i64 %i32, %21
  br i1 %103, label %body30, label %done31

body30:                                           ; preds = %loop29
  %104 = sub i64 %i32, 0
  %105 = srem i64 %104, 256
  %106 = sdiv i64 %104, 256
  %107 = mul i64 %106, 65536
  %108 = add i64 %107, %105
  %109 = mul i64 %i28, 256
  %110 = add i64 %108, %109
  %111 = getelementptr float, ptr %28, i64 %110
  %112 = getelementptr float, ptr %28, i64 %108
  %113 = load float, ptr %112, align 4
  store float %113, ptr %111, align 4
  %114 = add i64 %i32, 1
  br label %loop29

done31:                                           ; preds = %loop29
  %115 = add i64 %i28, 1
  br label %loop25

loop33:                                           ; preds = %done39, %done27
  %i36 = phi i64 [ 0, %done27 ], [ %128, %done39 ]
  %116 = icmp slt i64 %i36, %102
  br i1 %116, label %body34, label %done35

body34:                                           ; preds = %loop33
  %117 = add i64 %i36, 128
  %118 = icmp slt i64 %117, %batch
  %119 = select i1 %118, i64 %117, i64 %batch
  %120 = icmp eq i64 %i36, 0
  br label %loop37

done35:                                           ; preds = %loop33
  %121 = getelementptr float, ptr %grads, i64 0
  %122 = icmp sgt i64 %batch, 0
  %123 = select i1 %122, i64 %batch, i64 1
  br label %loop107

loop37:                                           ; preds = %done43, %body34
  %i40 = phi i64 [ %17, %body34 ], [ %130, %done43 ]
  %124 = icmp slt i64 %i40, %99
  br i1 %124, label %body38, label %done39

body38:                                           ; preds = %loop37
  %125 = add i64 %i40, 96
  %126 = icmp slt i64 %125, %99
  %127 = select i1 %126, i64 %125, i64 %99
  br label %loop41

done39:                                           ; preds = %loop37
  %128 = add i64 %i36, 128
  br label %loop33

loop41:                                           ; preds = %done47, %body38
  %i44 = phi i64 [ 0, %body38 ], [ %132, %done47 ]
  %129 = icmp slt i64 %i44, 1
  br i1 %129, label %body42, label %done43

body42:                                           ; preds = %loop41
  br label %loop45

done43:                                           ; preds = %loop41
  %130 = add i64 %i40, 96
  br label %loop37

loop45:                                           ; preds = %done51, %body42
  %i48 = phi i64 [ 0, %body42 ], [ %140, %done51 ]
  %131 = icmp slt i64 %i48, 256
  br i1 %131, label %body46, label %done47

body46:                                           ; preds = %loop45
  br label %loop49

done47:                                           ; preds = %loop45
  %132 = add i64 %i44, 1
  br label %loop41

loop49:                                           ; preds = %join106, %body46
  %i52 = phi i64 [ %i40, %body46 ], [ %662, %join106 ]
  %133 = icmp slt i64 %i52, %127
  br i1 %133, label %body50, label %done51

body50:                                           ; preds = %loop49
  %134 = sub i64 %i52, 0
  store <8 x float> zeroinitializer, ptr %13, align 32
  store <8 x float> zeroinitializer, ptr %12, align 32
  store <8 x float> zeroinitializer, ptr %11, align 32
  store <8 x float> zeroinitializer, ptr %10, align 32
  store <8 x float> zeroinitializer, ptr %9, align 32
  store <8 x float> zeroinitializer, ptr %8, align 32
  store <8 x float> zeroinitializer, ptr %7, align 32
  store <8 x float> zeroinitializer, ptr %6, align 32
  store <8 x float> zeroinitializer, ptr %5, align 32
  store <8 x float> zeroinitializer, ptr %4, align 32
  store <8 x float> zeroinitializer, ptr %3, align 32
  store <8 x float> zeroinitializer, ptr %2, align 32
  %135 = mul i64 %i44, 256
  %136 = sub i64 256, %135
  %137 = call i64 @llvm.smin.i64(i64 %136, i64 256)
  %138 = call i64 @llvm.smax.i64(i64 %137, i64 0)
  %139 = icmp slt i64 %i48, %138
  br i1 %139, label %then, label %join

done51:                                           ; preds = %loop49
  %140 = add i64 %i48, 4
  br label %loop45

then:                                             ; preds = %body50
  br label %loop53

join:                                             ; preds = %done55, %body50
  %141 = add i64 %134, 0
  %142 = add i64 0, %141
  %143 = getelementptr float, ptr %gains, i64 %142
  %144 = load <8 x float>, ptr %143, align 4
  %145 = load <8 x float>, ptr %13, align 32
  %146 = fmul <8 x float> %145, %144
  %147 = load <8 x float>, ptr %10, align 32
  %148 = fmul <8 x float> %147, %144
  %149 = load <8 x float>, ptr %7, align 32
  %150 = fmul <8 x float> %149, %144
  %151 = load <8 x float>, ptr %4, align 32
  %152 = fmul <8 x float> %151, %144
  %153 = shufflevector <8 x float> %146, <8 x float> %148, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %154 = shufflevector <8 x float> %146, <8 x float> %148, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %155 = shufflevector <8 x float> %150, <8 x float> %152, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %156 = shufflevector <8 x float> %150, <8 x float> %152, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %157 = shufflevector <8 x float> %153, <8 x float> %155, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %158 = shufflevector <8 x float> %153, <8 x float> %155, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %159 = shufflevector <8 x float> %154, <8 x float> %156, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %160 = shufflevector <8 x float> %154, <8 x float> %156, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %161 = shufflevector <8 x float> %157, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %162 = add i64 %141, 0
  %163 = sdiv i64 %162, 256
  %164 = srem i64 %162, 256
  %165 = mul i64 %163, 1
  %166 = add i64 %165, %i44
  %167 = mul i64 %166, 256
  %168 = add i64 %167, %164
  %169 = add i64 %162, 0
  %170 = icmp slt i64 %169, %99
  br i1 %170, label %then59, label %join60

loop53:                                           ; preds = %join58, %then
  %i56 = phi i64 [ %i36, %then ], [ %247, %join58 ]
  %171 = icmp slt i64 %i56, %119
  br i1 %171, label %body54, label %done55

body54:                                           ; preds = %loop53
  %172 = mul i64 %i56, 784
  %173 = add i64 %172, 512
  %174 = getelementptr float, ptr %dacts, i64 %173
  %175 = getelementptr float, ptr %174, i64 %134
  %176 = add i64 %i56, 4
  %177 = mul i64 %176, 784
  %178 = add i64 %177, 512
  %179 = getelementptr float, ptr %dacts, i64 %178
  %180 = getelementptr float, ptr %179, i64 %134
  call void @llvm.prefetch.p0(ptr %180, i32 0, i32 3, i32 1)
  %181 = mul i64 %i44, 256
  %182 = add i64 %181, %i48
  %183 = mul i64 %176, 784
  %184 = add i64 %183, 0
  %185 = getelementptr float, ptr %acts, i64 %184
  %186 = getelementptr float, ptr %185, i64 %182
  call void @llvm.prefetch.p0(ptr %186, i32 0, i32 3, i32 1)
  %187 = getelementptr float, ptr %175, i64 0
  %188 = load <8 x float>, ptr %187, align 4
  %189 = bitcast <8 x float> %188 to <8 x i32>
  %190 = getelementptr float, ptr %175, i64 8
  %191 = load <8 x float>, ptr %190, align 4
  %192 = bitcast <8 x float> %191 to <8 x i32>
  %193 = or <8 x i32> %189, %192
  %194 = getelementptr float, ptr %175, i64 16
  %195 = load <8 x float>, ptr %194, align 4
  %196 = bitcast <8 x float> %195 to <8 x i32>
  %197 = or <8 x i32> %193, %196
  %198 = and <8 x i32> %197, <i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647, i32 2147483647>
  %199 = icmp ne <8 x i32> %198, zeroinitializer
  %200 = call i1 @llvm.vector.reduce.or.v8i1(<8 x i1> %199)
  br i1 %200, label %then57, label %join58

done55:                                           ; preds = %loop53
  br label %join

then57:                                           ; preds = %body54
  %201 = mul i64 %i44, 256
  %202 = add i64 %201, %i48
  %203 = mul i64 %i56, 784
  %204 = add i64 %203, 0
  %205 = getelementptr float, ptr %acts, i64 %204
  %206 = getelementptr float, ptr %205, i64 %202
  %207 = getelementptr float, ptr %206, i64 0
  %208 = load float, ptr %207, align 4
  %209 = getelementptr float, ptr %206, i64 1
  %210 = load float, ptr %209, align 4
  %211 = getelementptr float, ptr %206, i64 2
  %212 = load float, ptr %211, align 4
  %213 = getelementptr float, ptr %206, i64 3
  %214 = load float, ptr %213, align 4
  %215 = insertelement <8 x float> undef, float %208, i32 0
  %216 = shufflevector <8 x float> %215, <8 x float> undef, <8 x i32> zeroinitializer
  %217 = load <8 x float>, ptr %13, align 32
  %218 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %216, <8 x float> %188, <8 x float> %217)
  store <8 x float> %218, ptr %13, align 32
  %219 = load <8 x float>, ptr %12, align 32
  %220 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %216, <8 x float> %191, <8 x float> %219)
  store <8 x float> %220, ptr %12, align 32
  %221 = load <8 x float>, ptr %11, align 32
  %222 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %216, <8 x float> %195, <8 x float> %221)
  store <8 x float> %222, ptr %11, align 32
  %223 = insertelement <8 x float> undef, float %210, i32 0
  %224 = shufflevector <8 x float> %223, <8 x float> undef, <8 x i32> zeroinitializer
  %225 = load <8 x float>, ptr %10, align 32
  %226 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %224, <8 x float> %188, <8 x float> %225)
  store <8 x float> %226, ptr %10, align 32
  %227 = load <8 x float>, ptr %9, align 32
  %228 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %224, <8 x float> %191, <8 x float> %227)
  store <8 x float> %228, ptr %9, align 32
  %229 = load <8 x float>, ptr %8, align 32
  %230 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %224, <8 x float> %195, <8 x float> %229)
  store <8 x float> %230, ptr %8, align 32
  %231 = insertelement <8 x float> undef, float %212, i32 0
  %232 = shufflevector <8 x float> %231, <8 x float> undef, <8 x i32> zeroinitializer
  %233 = load <8 x float>, ptr %7, align 32
  %234 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %232, <8 x float> %188, <8 x float> %233)
  store <8 x float> %234, ptr %7, align 32
  %235 = load <8 x float>, ptr %6, align 32
  %236 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %232, <8 x float> %191, <8 x float> %235)
  store <8 x float> %236, ptr %6, align 32
  %237 = load <8 x float>, ptr %5, align 32
  %238 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %232, <8 x float> %195, <8 x float> %237)
  store <8 x float> %238, ptr %5, align 32
  %239 = insertelement <8 x float> undef, float %214, i32 0
  %240 = shufflevector <8 x float> %239, <8 x float> undef, <8 x i32> zeroinitializer
  %241 = load <8 x float>, ptr %4, align 32
  %242 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %240, <8 x float> %188, <8 x float> %241)
  store <8 x float> %242, ptr %4, align 32
  %243 = load <8 x float>, ptr %3, align 32
  %244 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %240, <8 x float> %191, <8 x float> %243)
  store <8 x float> %244, ptr %3, align 32
  %245 = load <8 x float>, ptr %2, align 32
  %246 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %240, <8 x float> %195, <8 x float> %245)
  store <8 x float> %246, ptr %2, align 32
  br label %join58

join58:                                           ; preds = %then57, %body54
  %247 = add i64 %i56, 1
  br label %loop53

then59:                                           ; preds = %join
  %248 = mul i64 %168, 256
  %249 = add i64 %248, %i48
  %250 = getelementptr float, ptr %100, i64 %249
  %251 = load <4 x float>, ptr %250, align 4
  %252 = fadd <4 x float> %251, %161
  %253 = select i1 %120, <4 x float> %161, <4 x float> %252
  store <4 x float> %253, ptr %250, align 4
  br label %join60

join60:                                           ; preds = %then59, %join
  %254 = shufflevector <8 x float> %158, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %255 = add i64 %141, 1
  %256 = sdiv i64 %255, 256
  %257 = srem i64 %255, 256
  %258 = mul i64 %256, 1
  %259 = add i64 %258, %i44
  %260 = mul i64 %259, 256
  %261 = add i64 %260, %257
  %262 = add i64 %255, 0
  %263 = icmp slt i64 %262, %99
  br i1 %263, label %then61, label %join62

then61:                                           ; preds = %join60
  %264 = mul i64 %261, 256
  %265 = add i64 %264, %i48
  %266 = getelementptr float, ptr %100, i64 %265
  %267 = load <4 x float>, ptr %266, align 4
  %268 = fadd <4 x float> %267, %254
  %269 = select i1 %120, <4 x float> %254, <4 x float> %268
  store <4 x float> %269, ptr %266, align 4
  br label %join62

join62:                                           ; preds = %then61, %join60
  %270 = shufflevector <8 x float> %159, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %271 = add i64 %141, 2
  %272 = sdiv i64 %271, 256
  %273 = srem i64 %271, 256
  %274 = mul i64 %272, 1
  %275 = add i64 %274, %i44
  %276 = mul i64 %275, 256
  %277 = add i64 %276, %273
  %278 = add i64 %271, 0
  %279 = icmp slt i64 %278, %99
  br i1 %279, label %then63, label %join64

then63:                                           ; preds = %join62
  %280 = mul i64 %277, 256
  %281 = add i64 %280, %i48
  %282 = getelementptr float, ptr %100, i64 %281
  %283 = load <4 x float>, ptr %282, align 4
  %284 = fadd <4 x float> %283, %270
  %285 = select i1 %120, <4 x float> %270, <4 x float> %284
  store <4 x float> %285, ptr %282, align 4
  br label %join64

join64:                                           ; preds = %then63, %join62
  %286 = shufflevector <8 x float> %160, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %287 = add i64 %141, 3
  %288 = sdiv i64 %287, 256
  %289 = srem i64 %287, 256
  %290 = mul i64 %288, 1
  %291 = add i64 %290, %i44
  %292 = mul i64 %291, 256
  %293 = add i64 %292, %289
  %294 = add i64 %287, 0
  %295 = icmp slt i64 %294, %99
  br i1 %295, label %then65, label %join66

then65:                                           ; preds = %join64
  %296 = mul i64 %293, 256
  %297 = add i64 %296, %i48
  %298 = getelementptr float, ptr %100, i64 %297
  %299 = load <4 x float>, ptr %298, align 4
  %300 = fadd <4 x float> %299, %286
  %301 = select i1 %120, <4 x float> %286, <4 x float> %300
  store <4 x float> %301, ptr %298, align 4
  br label %join66

join66:                                           ; preds = %then65, %join64
  %302 = shufflevector <8 x float> %157, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %303 = add i64 %141, 4
  %304 = sdiv i64 %303, 256
  %305 = srem i64 %303, 256
  %306 = mul i64 %304, 1
  %307 = add i64 %306, %i44
  %308 = mul i64 %307, 256
  %309 = add i64 %308, %305
  %310 = add i64 %303, 0
  %311 = icmp slt i64 %310, %99
  br i1 %311, label %then67, label %join68

then67:                                           ; preds = %join66
  %312 = mul i64 %309, 256
  %313 = add i64 %312, %i48
  %314 = getelementptr float, ptr %100, i64 %313
  %315 = load <4 x float>, ptr %314, align 4
  %316 = fadd <4 x float> %315, %302
  %317 = select i1 %120, <4 x float> %302, <4 x float> %316
  store <4 x float> %317, ptr %314, align 4
  br label %join68

join68:                                           ; preds = %then67, %join66
  %318 = shufflevector <8 x float> %158, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %319 = add i64 %141, 5
  %320 = sdiv i64 %319, 256
  %321 = srem i64 %319, 256
  %322 = mul i64 %320, 1
  %323 = add i64 %322, %i44
  %324 = mul i64 %323, 256
  %325 = add i64 %324, %321
  %326 = add i64 %319, 0
  %327 = icmp slt i64 %326, %99
  br i1 %327, label %then69, label %join70

then69:                                           ; preds = %join68
  %328 = mul i64 %325, 256
  %329 = add i64 %328, %i48
  %330 = getelementptr float, ptr %100, i64 %329
  %331 = load <4 x float>, ptr %330, align 4
  %332 = fadd <4 x float> %331, %318
  %333 = select i1 %120, <4 x float> %318, <4 x float> %332
  store <4 x float> %333, ptr %330, align 4
  br label %join70

join70:                                           ; preds = %then69, %join68
  %334 = shufflevector <8 x float> %159, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %335 = add i64 %141, 6
  %336 = sdiv i64 %335, 256
  %337 = srem i64 %335, 256
  %338 = mul i64 %336, 1
  %339 = add i64 %338, %i44
  %340 = mul i64 %339, 256
  %341 = add i64 %340, %337
  %342 = add i64 %335, 0
  %343 = icmp slt i64 %342, %99
  br i1 %343, label %then71, label %join72

then71:                                           ; preds = %join70
  %344 = mul i64 %341, 256
  %345 = add i64 %344, %i48
  %346 = getelementptr float, ptr %100, i64 %345
  %347 = load <4 x float>, ptr %346, align 4
  %348 = fadd <4 x float> %347, %334
  %349 = select i1 %120, <4 x float> %334, <4 x float> %348
  store <4 x float> %349, ptr %346, align 4
  br label %join72

join72:                                           ; preds = %then71, %join70
  %350 = shufflevector <8 x float> %160, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %351 = add i64 %141, 7
  %352 = sdiv i64 %351, 256
  %353 = srem i64 %351, 256
  %354 = mul i64 %352, 1
  %355 = add i64 %354, %i44
  %356 = mul i64 %355, 256
  %357 = add i64 %356, %353
  %358 = add i64 %351, 0
  %359 = icmp slt i64 %358, %99
  br i1 %359, label %then73, label %join74

then73:                                           ; preds = %join72
  %360 = mul i64 %357, 256
  %361 = add i64 %360, %i48
  %362 = getelementptr float, ptr %100, i64 %361
  %363 = load <4 x float>, ptr %362, align 4
  %364 = fadd <4 x float> %363, %350
  %365 = select i1 %120, <4 x float> %350, <4 x float> %364
  store <4 x float> %365, ptr %362, align 4
  br label %join74

join74:                                           ; preds = %then73, %join72
  %366 = add i64 %134, 8
  %367 = add i64 0, %366
  %368 = getelementptr float, ptr %gains, i64 %367
  %369 = load <8 x float>, ptr %368, align 4
  %370 = load <8 x float>, ptr %12, align 32
  %371 = fmul <8 x float> %370, %369
  %372 = load <8 x float>, ptr %9, align 32
  %373 = fmul <8 x float> %372, %369
  %374 = load <8 x float>, ptr %6, align 32
  %375 = fmul <8 x float> %374, %369
  %376 = load <8 x float>, ptr %3, align 32
  %377 = fmul <8 x float> %376, %369
  %378 = shufflevector <8 x float> %371, <8 x float> %373, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %379 = shufflevector <8 x float> %371, <8 x float> %373, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %380 = shufflevector <8 x float> %375, <8 x float> %377, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %381 = shufflevector <8 x float> %375, <8 x float> %377, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %382 = shufflevector <8 x float> %378, <8 x float> %380, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %383 = shufflevector <8 x float> %378, <8 x float> %380, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %384 = shufflevector <8 x float> %379, <8 x float> %381, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %385 = shufflevector <8 x float> %379, <8 x float> %381, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %386 = shufflevector <8 x float> %382, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %387 = add i64 %366, 0
  %388 = sdiv i64 %387, 256
  %389 = srem i64 %387, 256
  %390 = mul i64 %388, 1
  %391 = add i64 %390, %i44
  %392 = mul i64 %391, 256
  %393 = add i64 %392, %389
  %394 = add i64 %387, 0
  %395 = icmp slt i64 %394, %99
  br i1 %395, label %then75, label %join76

then75:                                           ; preds = %join74
  %396 = mul i64 %393, 256
  %397 = add i64 %396, %i48
  %398 = getelementptr float, ptr %100, i64 %397
  %399 = load <4 x float>, ptr %398, align 4
  %400 = fadd <4 x float> %399, %386
  %401 = select i1 %120, <4 x float> %386, <4 x float> %400
  store <4 x float> %401, ptr %398, align 4
  br label %join76

join76:                                           ; preds = %then75, %join74
  %402 = shufflevector <8 x float> %383, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %403 = add i64 %366, 1
  %404 = sdiv i64 %403, 256
  %405 = srem i64 %403, 256
  %406 = mul i64 %404, 1
  %407 = add i64 %406, %i44
  %408 = mul i64 %407, 256
  %409 = add i64 %408, %405
  %410 = add i64 %403, 0
  %411 = icmp slt i64 %410, %99
  br i1 %411, label %then77, label %join78

then77:                                           ; preds = %join76
  %412 = mul i64 %409, 256
  %413 = add i64 %412, %i48
  %414 = getelementptr float, ptr %100, i64 %413
  %415 = load <4 x float>, ptr %414, align 4
  %416 = fadd <4 x float> %415, %402
  %417 = select i1 %120, <4 x float> %402, <4 x float> %416
  store <4 x float> %417, ptr %414, align 4
  br label %join78

join78:                                           ; preds = %then77, %join76
  %418 = shufflevector <8 x float> %384, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %419 = add i64 %366, 2
  %420 = sdiv i64 %419, 256
  %421 = srem i64 %419, 256
  %422 = mul i64 %420, 1
  %423 = add i64 %422, %i44
  %424 = mul i64 %423, 256
  %425 = add i64 %424, %421
  %426 = add i64 %419, 0
  %427 = icmp slt i64 %426, %99
  br i1 %427, label %then79, label %join80

then79:                                           ; preds = %join78
  %428 = mul i64 %425, 256
  %429 = add i64 %428, %i48
  %430 = getelementptr float, ptr %100, i64 %429
  %431 = load <4 x float>, ptr %430, align 4
  %432 = fadd <4 x float> %431, %418
  %433 = select i1 %120, <4 x float> %418, <4 x float> %432
  store <4 x float> %433, ptr %430, align 4
  br label %join80

join80:                                           ; preds = %then79, %join78
  %434 = shufflevector <8 x float> %385, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %435 = add i64 %366, 3
  %436 = sdiv i64 %435, 256
  %437 = srem i64 %435, 256
  %438 = mul i64 %436, 1
  %439 = add i64 %438, %i44
  %440 = mul i64 %439, 256
  %441 = add i64 %440, %437
  %442 = add i64 %435, 0
  %443 = icmp slt i64 %442, %99
  br i1 %443, label %then81, label %join82

then81:                                           ; preds = %join80
  %444 = mul i64 %441, 256
  %445 = add i64 %444, %i48
  %446 = getelementptr float, ptr %100, i64 %445
  %447 = load <4 x float>, ptr %446, align 4
  %448 = fadd <4 x float> %447, %434
  %449 = select i1 %120, <4 x float> %434, <4 x float> %448
  store <4 x float> %449, ptr %446, align 4
  br label %join82

join82:                                           ; preds = %then81, %join80
  %450 = shufflevector <8 x float> %382, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %451 = add i64 %366, 4
  %452 = sdiv i64 %451, 256
  %453 = srem i64 %451, 256
  %454 = mul i64 %452, 1
  %455 = add i64 %454, %i44
  %456 = mul i64 %455, 256
  %457 = add i64 %456, %453
  %458 = add i64 %451, 0
  %459 = icmp slt i64 %458, %99
  br i1 %459, label %then83, label %join84

then83:                                           ; preds = %join82
  %460 = mul i64 %457, 256
  %461 = add i64 %460, %i48
  %462 = getelementptr float, ptr %100, i64 %461
  %463 = load <4 x float>, ptr %462, align 4
  %464 = fadd <4 x float> %463, %450
  %465 = select i1 %120, <4 x float> %450, <4 x float> %464
  store <4 x float> %465, ptr %462, align 4
  br label %join84

join84:                                           ; preds = %then83, %join82
  %466 = shufflevector <8 x float> %383, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %467 = add i64 %366, 5
  %468 = sdiv i64 %467, 256
  %469 = srem i64 %467, 256
  %470 = mul i64 %468, 1
  %471 = add i64 %470, %i44
  %472 = mul i64 %471, 256
  %473 = add i64 %472, %469
  %474 = add i64 %467, 0
  %475 = icmp slt i64 %474, %99
  br i1 %475, label %then85, label %join86

then85:                                           ; preds = %join84
  %476 = mul i64 %473, 256
  %477 = add i64 %476, %i48
  %478 = getelementptr float, ptr %100, i64 %477
  %479 = load <4 x float>, ptr %478, align 4
  %480 = fadd <4 x float> %479, %466
  %481 = select i1 %120, <4 x float> %466, <4 x float> %480
  store <4 x float> %481, ptr %478, align 4
  br label %join86

join86:                                           ; preds = %then85, %join84
  %482 = shufflevector <8 x float> %384, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %483 = add i64 %366, 6
  %484 = sdiv i64 %483, 256
  %485 = srem i64 %483, 256
  %486 = mul i64 %484, 1
  %487 = add i64 %486, %i44
  %488 = mul i64 %487, 256
  %489 = add i64 %488, %485
  %490 = add i64 %483, 0
  %491 = icmp slt i64 %490, %99
  br i1 %491, label %then87, label %join88

then87:                                           ; preds = %join86
  %492 = mul i64 %489, 256
  %493 = add i64 %492, %i48
  %494 = getelementptr float, ptr %100, i64 %493
  %495 = load <4 x float>, ptr %494, align 4
  %496 = fadd <4 x float> %495, %482
  %497 = select i1 %120, <4 x float> %482, <4 x float> %496
  store <4 x float> %497, ptr %494, align 4
  br label %join88

join88:                                           ; preds = %then87, %join86
  %498 = shufflevector <8 x float> %385, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %499 = add i64 %366, 7
  %500 = sdiv i64 %499, 256
  %501 = srem i64 %499, 256
  %502 = mul i64 %500, 1
  %503 = add i64 %502, %i44
  %504 = mul i64 %503, 256
  %505 = add i64 %504, %501
  %506 = add i64 %499, 0
  %507 = icmp slt i64 %506, %99
  br i1 %507, label %then89, label %join90

then89:                                           ; preds = %join88
  %508 = mul i64 %505, 256
  %509 = add i64 %508, %i48
  %510 = getelementptr float, ptr %100, i64 %509
  %511 = load <4 x float>, ptr %510, align 4
  %512 = fadd <4 x float> %511, %498
  %513 = select i1 %120, <4 x float> %498, <4 x float> %512
  store <4 x float> %513, ptr %510, align 4
  br label %join90

join90:                                           ; preds = %then89, %join88
  %514 = add i64 %134, 16
  %515 = add i64 0, %514
  %516 = getelementptr float, ptr %gains, i64 %515
  %517 = load <8 x float>, ptr %516, align 4
  %518 = load <8 x float>, ptr %11, align 32
  %519 = fmul <8 x float> %518, %517
  %520 = load <8 x float>, ptr %8, align 32
  %521 = fmul <8 x float> %520, %517
  %522 = load <8 x float>, ptr %5, align 32
  %523 = fmul <8 x float> %522, %517
  %524 = load <8 x float>, ptr %2, align 32
  %525 = fmul <8 x float> %524, %517
  %526 = shufflevector <8 x float> %519, <8 x float> %521, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %527 = shufflevector <8 x float> %519, <8 x float> %521, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %528 = shufflevector <8 x float> %523, <8 x float> %525, <8 x i32> <i32 0, i32 8, i32 1, i32 9, i32 4, i32 12, i32 5, i32 13>
  %529 = shufflevector <8 x float> %523, <8 x float> %525, <8 x i32> <i32 2, i32 10, i32 3, i32 11, i32 6, i32 14, i32 7, i32 15>
  %530 = shufflevector <8 x float> %526, <8 x float> %528, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %531 = shufflevector <8 x float> %526, <8 x float> %528, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %532 = shufflevector <8 x float> %527, <8 x float> %529, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %533 = shufflevector <8 x float> %527, <8 x float> %529, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %534 = shufflevector <8 x float> %530, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %535 = add i64 %514, 0
  %536 = sdiv i64 %535, 256
  %537 = srem i64 %535, 256
  %538 = mul i64 %536, 1
  %539 = add i64 %538, %i44
  %540 = mul i64 %539, 256
  %541 = add i64 %540, %537
  %542 = add i64 %535, 0
  %543 = icmp slt i64 %542, %99
  br i1 %543, label %then91, label %join92

then91:                                           ; preds = %join90
  %544 = mul i64 %541, 256
  %545 = add i64 %544, %i48
  %546 = getelementptr float, ptr %100, i64 %545
  %547 = load <4 x float>, ptr %546, align 4
  %548 = fadd <4 x float> %547, %534
  %549 = select i1 %120, <4 x float> %534, <4 x float> %548
  store <4 x float> %549, ptr %546, align 4
  br label %join92

join92:                                           ; preds = %then91, %join90
  %550 = shufflevector <8 x float> %531, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %551 = add i64 %514, 1
  %552 = sdiv i64 %551, 256
  %553 = srem i64 %551, 256
  %554 = mul i64 %552, 1
  %555 = add i64 %554, %i44
  %556 = mul i64 %555, 256
  %557 = add i64 %556, %553
  %558 = add i64 %551, 0
  %559 = icmp slt i64 %558, %99
  br i1 %559, label %then93, label %join94

then93:                                           ; preds = %join92
  %560 = mul i64 %557, 256
  %561 = add i64 %560, %i48
  %562 = getelementptr float, ptr %100, i64 %561
  %563 = load <4 x float>, ptr %562, align 4
  %564 = fadd <4 x float> %563, %550
  %565 = select i1 %120, <4 x float> %550, <4 x float> %564
  store <4 x float> %565, ptr %562, align 4
  br label %join94

join94:                                           ; preds = %then93, %join92
  %566 = shufflevector <8 x float> %532, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %567 = add i64 %514, 2
  %568 = sdiv i64 %567, 256
  %569 = srem i64 %567, 256
  %570 = mul i64 %568, 1
  %571 = add i64 %570, %i44
  %572 = mul i64 %571, 256
  %573 = add i64 %572, %569
  %574 = add i64 %567, 0
  %575 = icmp slt i64 %574, %99
  br i1 %575, label %then95, label %join96

then95:                                           ; preds = %join94
  %576 = mul i64 %573, 256
  %577 = add i64 %576, %i48
  %578 = getelementptr float, ptr %100, i64 %577
  %579 = load <4 x float>, ptr %578, align 4
  %580 = fadd <4 x float> %579, %566
  %581 = select i1 %120, <4 x float> %566, <4 x float> %580
  store <4 x float> %581, ptr %578, align 4
  br label %join96

join96:                                           ; preds = %then95, %join94
  %582 = shufflevector <8 x float> %533, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %583 = add i64 %514, 3
  %584 = sdiv i64 %583, 256
  %585 = srem i64 %583, 256
  %586 = mul i64 %584, 1
  %587 = add i64 %586, %i44
  %588 = mul i64 %587, 256
  %589 = add i64 %588, %585
  %590 = add i64 %583, 0
  %591 = icmp slt i64 %590, %99
  br i1 %591, label %then97, label %join98

then97:                                           ; preds = %join96
  %592 = mul i64 %589, 256
  %593 = add i64 %592, %i48
  %594 = getelementptr float, ptr %100, i64 %593
  %595 = load <4 x float>, ptr %594, align 4
  %596 = fadd <4 x float> %595, %582
  %597 = select i1 %120, <4 x float> %582, <4 x float> %596
  store <4 x float> %597, ptr %594, align 4
  br label %join98

join98:                                           ; preds = %then97, %join96
  %598 = shufflevector <8 x float> %530, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %599 = add i64 %514, 4
  %600 = sdiv i64 %599, 256
  %601 = srem i64 %599, 256
  %602 = mul i64 %600, 1
  %603 = add i64 %602, %i44
  %604 = mul i64 %603, 256
  %605 = add i64 %604, %601
  %606 = add i64 %599, 0
  %607 = icmp slt i64 %606, %99
  br i1 %607, label %then99, label %join100

then99:                                           ; preds = %join98
  %608 = mul i64 %605, 256
  %609 = add i64 %608, %i48
  %610 = getelementptr float, ptr %100, i64 %609
  %611 = load <4 x float>, ptr %610, align 4
  %612 = fadd <4 x float> %611, %598
  %613 = select i1 %120, <4 x float> %598, <4 x float> %612
  store <4 x float> %613, ptr %610, align 4
  br label %join100

join100:                                          ; preds = %then99, %join98
  %614 = shufflevector <8 x float> %531, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %615 = add i64 %514, 5
  %616 = sdiv i64 %615, 256
  %617 = srem i64 %615, 256
  %618 = mul i64 %616, 1
  %619 = add i64 %618, %i44
  %620 = mul i64 %619, 256
  %621 = add i64 %620, %617
  %622 = add i64 %615, 0
  %623 = icmp slt i64 %622, %99
  br i1 %623, label %then101, label %join102

then101:                                          ; preds = %join100
  %624 = mul i64 %621, 256
  %625 = add i64 %624, %i48
  %626 = getelementptr float, ptr %100, i64 %625
  %627 = load <4 x float>, ptr %626, align 4
  %628 = fadd <4 x float> %627, %614
  %629 = select i1 %120, <4 x float> %614, <4 x float> %628
  store <4 x float> %629, ptr %626, align 4
  br label %join102

join102:                                          ; preds = %then101, %join100
  %630 = shufflevector <8 x float> %532, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %631 = add i64 %514, 6
  %632 = sdiv i64 %631, 256
  %633 = srem i64 %631, 256
  %634 = mul i64 %632, 1
  %635 = add i64 %634, %i44
  %636 = mul i64 %635, 256
  %637 = add i64 %636, %633
  %638 = add i64 %631, 0
  %639 = icmp slt i64 %638, %99
  br i1 %639, label %then103, label %join104

then103:                                          ; preds = %join102
  %640 = mul i64 %637, 256
  %641 = add i64 %640, %i48
  %642 = getelementptr float, ptr %100, i64 %641
  %643 = load <4 x float>, ptr %642, align 4
  %644 = fadd <4 x float> %643, %630
  %645 = select i1 %120, <4 x float> %630, <4 x float> %644
  store <4 x float> %645, ptr %642, align 4
  br label %join104

join104:                                          ; preds = %then103, %join102
  %646 = shufflevector <8 x float> %533, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %647 = add i64 %514, 7
  %648 = sdiv i64 %647, 256
  %649 = srem i64 %647, 256
  %650 = mul i64 %648, 1
  %651 = add i64 %650, %i44
  %652 = mul i64 %651, 256
  %653 = add i64 %652, %649
  %654 = add i64 %647, 0
  %655 = icmp slt i64 %654, %99
  br i1 %655, label %then105, label %join106

then105:                                          ; preds = %join104
  %656 = mul i64 %653, 256
  %657 = add i64 %656, %i48
  %658 = getelementptr float, ptr %100, i64 %657
  %659 = load <4 x float>, ptr %658, align 4
  %660 = fadd <4 x float> %659, %646
  %661 = select i1 %120, <4 x float> %646, <4 x float> %660
  store <4 x float> %661, ptr %658, align 4
  br label %join106

join106:                                          ; preds = %then105, %join104
  %662 = add i64 %i52, 24
  br label %loop49

loop107:                                          ; preds = %done113, %done35
  %i110 = phi i64 [ 0, %done35 ], [ %672, %done113 ]
  %663 = icmp slt i64 %i110, %123
  br i1 %663, label %body108, label %done109

body108:                                          ; preds = %loop107
  %664 = add i64 %i110, 128
  %665 = icmp slt i64 %664, %batch
  %666 = select i1 %665, i64 %664, i64 %batch
  %667 = icmp eq i64 %i110, 0
  br label %loop111

done109:                                          ; preds = %loop107
  %668 = icmp sgt i64 %u1, 256
  %669 = icmp sle i64 %u0, 256
  %670 = and i1 %669, %668
  br i1 %670, label %then131, label %join132

loop111:                                          ; preds = %done117, %body108
  %i114 = phi i64 [ 0, %body108 ], [ %674, %done117 ]
  %671 = icmp slt i64 %i114, 1
  br i1 %671, label %body112, label %done113

body112:                                          ; preds = %loop111
  br label %loop115

done113:                                          ; preds = %loop111
  %672 = add i64 %i110, 128
  br label %loop107

loop115:                                          ; preds = %done121, %body112
  %i118 = phi i64 [ 0, %body112 ], [ %694, %done121 ]
  %673 = icmp slt i64 %i118, 256
  br i1 %673, label %body116, label %done117

body116:                                          ; preds = %loop115
  br label %loop119

done117:                                          ; preds = %loop115
  %674 = add i64 %i114, 1
  br label %loop111

loop119:                                          ; preds = %join124, %body116
  %i122 = phi i64 [ %99, %body116 ], [ %709, %join124 ]
  %675 = icmp slt i64 %i122, %27
  br i1 %675, label %body120, label %done121

body120:                                          ; preds = %loop119
  %676 = sub i64 %i122, 0
  %677 = sdiv i64 %676, 256
  %678 = srem i64 %676, 256
  %679 = add i64 0, %676
  %680 = getelementptr float, ptr %gains, i64 %679
  %681 = load float, ptr %680, align 4
  %682 = mul i64 %677, 1
  %683 = add i64 %682, %i114
  %684 = mul i64 %683, 256
  %685 = add i64 %684, %678
  %686 = mul i64 %685, 256
  %687 = add i64 %686, %i118
  %688 = getelementptr float, ptr %121, i64 %687
  store <8 x float> zeroinitializer, ptr %1, align 32
  store <8 x float> zeroinitializer, ptr %0, align 32
  %689 = mul i64 %i114, 256
  %690 = sub i64 256, %689
  %691 = call i64 @llvm.smin.i64(i64 %690, i64 256)
  %692 = call i64 @llvm.smax.i64(i64 %691, i64 0)
  %693 = icmp slt i64 %i118, %692
  br i1 %693, label %then123, label %join124

done121:                                          ; preds = %loop119
  %694 = add i64 %i118, 16
  br label %loop115

then123:                                          ; preds = %body120
  br label %loop125

join124:                                          ; preds = %done127, %body120
  %695 = insertelement <8 x float> undef, float %681, i32 0
  %696 = shufflevector <8 x float> %695, <8 x float> undef, <8 x i32> zeroinitializer
  %697 = getelementptr float, ptr %688, i64 0
  %698 = load <8 x float>, ptr %1, align 32
  %699 = fmul <8 x float> %698, %696
  %700 = load <8 x float>, ptr %697, align 4
  %701 = fadd <8 x float> %700, %699
  %702 = select i1 %667, <8 x float> %699, <8 x float> %701
  store <8 x float> %702, ptr %697, align 4
  %703 = getelementptr float, ptr %688, i64 8
  %704 = load <8 x float>, ptr %0, align 32
  %705 = fmul <8 x float> %704, %696
  %706 = load <8 x float>, ptr %703, align 4
  %707 = fadd <8 x float> %706, %705
  %708 = select i1 %667, <8 x float> %705, <8 x float> %707
  store <8 x float> %708, ptr %703, align 4
  %709 = add i64 %i122, 1
  br label %loop119

loop125:                                          ; preds = %join130, %then123
  %i128 = phi i64 [ %i110, %then123 ], [ %733, %join130 ]
  %710 = icmp slt i64 %i128, %666
  br i1 %710, label %body126, label %done127

body126:                                          ; preds = %loop125
  %711 = mul i64 %i128, 784
  %712 = add i64 %711, 512
  %713 = getelementptr float, ptr %dacts, i64 %712
  %714 = getelementptr float, ptr %713, i64 %676
  %715 = load float, ptr %714, align 4
  %716 = fcmp une float %715, 0.000000e+00
  br i1 %716, label %then129, label %join130

done127:                                          ; preds = %loop125
  br label %join124

then129:                                          ; preds = %body126
  %717 = mul i64 %i114, 256
  %718 = add i64 %717, %i118
  %719 = mul i64 %i128, 784
  %720 = add i64 %719, 0
  %721 = getelementptr float, ptr %acts, i64 %720
  %722 = getelementptr float, ptr %721, i64 %718
  %723 = getelementptr float, ptr %722, i64 0
  %724 = load <8 x float>, ptr %723, align 4
  %725 = getelementptr float, ptr %722, i64 8
  %726 = load <8 x float>, ptr %725, align 4
  %727 = insertelement <8 x float> undef, float %715, i32 0
  %728 = shufflevector <8 x float> %727, <8 x float> undef, <8 x i32> zeroinitializer
  %729 = load <8 x float>, ptr %1, align 32
  %730 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %728, <8 x float> %724, <8 x float> %729)
  store <8 x float> %730, ptr %1, align 32
  %731 = load <8 x float>, ptr %0, align 32
  %732 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %728, <8 x float> %726, <8 x float> %731)
  store <8 x float> %732, ptr %0, align 32
  br label %join130

join130:                                          ; preds = %then129, %body126
  %733 = add i64 %i128, 1
  br label %loop125

then131:                                          ; preds = %done109
  br label %join132

join132:                                          ; preds = %then131, %done109
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #0

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @llvm.prefetch.p0(ptr nocapture readonly, i32 immarg, i32 immarg, i32 immarg) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i1 @llvm.vector.reduce.or.v8i1(<8 x i1>) #0

define void @eic_norm(ptr %params, ptr %gains, ptr %acts, ptr %dacts, ptr %grads, i64 %batch, i32 %stage, i64 %u0, i64 %u1) {
entry:
  ret void
}

define void @eic_norm_backward(ptr %params, ptr %gains, ptr %acts, ptr %dacts, ptr %grads, i64 %batch, i32 %stage, i64 %u0, i64 %u1) {
entry:
  ret void
}

define void @eic_adam(ptr %params, ptr %grads, ptr %m, ptr %v, float %lr, float %beta1, float %beta2, float %eps, float %bc1, float %bc2, i64 %e0, i64 %e1, float %wd) {
entry:
  %0 = icmp sgt i64 %e0, 0
  %1 = select i1 %0, i64 %e0, i64 0
  %2 = icmp slt i64 %e1, 65536
  %3 = select i1 %2, i64 %e1, i64 65536
  %4 = icmp slt i64 %3, %1
  %5 = select i1 %4, i64 %1, i64 %3
  br label %loop

loop:                                             ; preds = %body, %entry
  %i = phi i64 [ %1, %entry ], [ %34, %body ]
  %6 = icmp slt i64 %i, %5
  br i1 %6, label %body, label %done

body:                                             ; preds = %loop
  %7 = getelementptr float, ptr %grads, i64 %i
  %8 = load float, ptr %7, align 4
  %9 = getelementptr float, ptr %m, i64 %i
  %10 = getelementptr float, ptr %v, i64 %i
  %11 = getelementptr float, ptr %params, i64 %i
  %12 = fsub float 1.000000e+00, %beta1
  %13 = fmul float %12, %8
  %14 = load float, ptr %9, align 4
  %15 = fmul float %beta1, %14
  %16 = fadd float %15, %13
  %17 = fmul float %8, %8
  %18 = fsub float 1.000000e+00, %beta2
  %19 = fmul float %18, %17
  %20 = load float, ptr %10, align 4
  %21 = fmul float %beta2, %20
  %22 = fadd float %21, %19
  store float %16, ptr %9, align 4
  store float %22, ptr %10, align 4
  %23 = fdiv float %16, %bc1
  %24 = fdiv float %22, %bc2
  %25 = call float @llvm.sqrt.f32(float %24)
  %26 = fadd float %25, %eps
  %27 = fmul float %lr, %23
  %28 = fdiv float %27, %26
  %29 = load float, ptr %11, align 4
  %30 = fsub float %29, %28
  %31 = fmul float %lr, %wd
  %32 = fmul float %31, %29
  %33 = fsub float %30, %32
  store float %33, ptr %11, align 4
  %34 = add i64 %i, 1
  br label %loop

done:                                             ; preds = %loop
  %35 = icmp sgt i64 %e0, 65536
  %36 = select i1 %35, i64 %e0, i64 65536
  %37 = icmp slt i64 %e1, 131072
  %38 = select i1 %37, i64 %e1, i64 131072
  %39 = icmp slt i64 %38, %36
  %40 = select i1 %39, i64 %36, i64 %38
  br label %loop1

loop1:                                            ; preds = %body2, %done
  %i4 = phi i64 [ %36, %done ], [ %69, %body2 ]
  %41 = icmp slt i64 %i4, %40
  br i1 %41, label %body2, label %done3

body2:                                            ; preds = %loop1
  %42 = getelementptr float, ptr %grads, i64 %i4
  %43 = load float, ptr %42, align 4
  %44 = getelementptr float, ptr %m, i64 %i4
  %45 = getelementptr float, ptr %v, i64 %i4
  %46 = getelementptr float, ptr %params, i64 %i4
  %47 = fsub float 1.000000e+00, %beta1
  %48 = fmul float %47, %43
  %49 = load float, ptr %44, align 4
  %50 = fmul float %beta1, %49
  %51 = fadd float %50, %48
  %52 = fmul float %43, %43
  %53 = fsub float 1.000000e+00, %beta2
  %54 = fmul float %53, %52
  %55 = load float, ptr %45, align 4
  %56 = fmul float %beta2, %55
  %57 = fadd float %56, %54
  store float %51, ptr %44, align 4
  store float %57, ptr %45, align 4
  %58 = fdiv float %51, %bc1
  %59 = fdiv float %57, %bc2
  %60 = call float @llvm.sqrt.f32(float %59)
  %61 = fadd float %60, %eps
  %62 = fmul float %lr, %58
  %63 = fdiv float %62, %61
  %64 = load float, ptr %46, align 4
  %65 = fsub float %64, %63
  %66 = fmul float %lr, %wd
  %67 = fmul float %66, %64
  %68 = fsub float %65, %67
  store float %68, ptr %46, align 4
  %69 = add i64 %i4, 1
  br label %loop1

done3:                                            ; preds = %loop1
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sqrt.f32(float) #0

attributes #0 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite) }
